package dev.interviewcopilot.server.assist;

import dev.interviewcopilot.server.bank.Competency;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.compliance.ProtectedTopicLinter;
import dev.interviewcopilot.server.llm.Budget;
import dev.interviewcopilot.server.llm.FallbackReason;
import dev.interviewcopilot.server.llm.ModelCall;
import dev.interviewcopilot.server.llm.ModelGateway;
import dev.interviewcopilot.server.llm.PromptRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads what a job description asks for. With a model, the {@code requirements} prompt reads it and code checks
 * the reading ({@link RequirementReplies}); otherwise, or when the model fails, the offline engine reads it from the
 * bank ({@link OfflineRequirements}). Either way, what the hiring manager stated (role, seniority) wins, and
 * phrases asking for protected traits come back as warnings. Runs on the batch budget: nobody is mid-interview.
 */
public final class RequirementExtractor {
    static final String PROMPT = "requirements";

    private final QuestionBank bank;
    private final ModelGateway gateway;
    private final PromptRegistry prompts;
    private final ProtectedTopicLinter linter;
    private final OfflineRequirements offline;

    public RequirementExtractor(
            QuestionBank bank, ModelGateway gateway, PromptRegistry prompts, ProtectedTopicLinter linter) {
        this.bank = bank;
        this.gateway = gateway;
        this.prompts = prompts;
        this.linter = linter;
        this.offline = new OfflineRequirements(bank);
    }

    public Requirements extract(JobDescription jd, Caller caller) {
        String text = jd.text();
        if (gateway.configured()) {
            RequirementReplies replies = new RequirementReplies(bank, text);
            ModelGateway.StructuredOutcome<RequirementReplies.Reading> outcome =
                    gateway.completeJson(call(text, caller), replies::check);
            if (outcome instanceof ModelGateway.StructuredOutcome.Valid<RequirementReplies.Reading> valid) {
                RequirementReplies.Reading reading = valid.parsed().value();
                return new Requirements(
                        reading.language(),
                        stated(jd.role()).or(reading::role),
                        stated(jd.seniority()).or(reading::seniority),
                        reading.skills(),
                        reading.competencies(),
                        linter.lint(text),
                        Provenance.model(valid.parsed().answer(), valid.parsed().repaired()));
            }
            FallbackReason reason = ((ModelGateway.StructuredOutcome.Failed<RequirementReplies.Reading>) outcome)
                    .unavailable()
                    .reason();
            return offline(jd, Provenance.offline(reason, prompts.ref(PROMPT)));
        }
        return offline(jd, Provenance.offline(FallbackReason.NOT_CONFIGURED));
    }

    private Requirements offline(JobDescription jd, Provenance provenance) {
        String text = jd.text();
        JobSections sections = new JobSections(text);
        Optional<Finding> role = stated(jd.role()).or(() -> offline.role(text, sections));
        Optional<Finding> seniority = stated(jd.seniority()).or(() -> offline.seniority(text, sections));
        List<SkillRequirement> skills = offline.skills(text, sections);
        return new Requirements(
                LanguageGuess.of(text),
                role,
                seniority,
                skills,
                offline.competencies(skills, role.map(Finding::id), seniority.map(Finding::id)),
                linter.lint(text),
                provenance);
    }

    private static Optional<Finding> stated(Optional<String> id) {
        return id.map(value -> new Finding(value, Optional.empty()));
    }

    private ModelCall call(String text, Caller caller) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(
                "role_families",
                bank.roleFamilies().stream().map(r -> r.id() + ": " + r.name()).collect(Collectors.joining("\n")));
        values.put(
                "seniority_levels",
                bank.seniorityLevels().stream()
                        .map(s -> s.id() + ": " + s.name())
                        .collect(Collectors.joining("\n")));
        values.put("competencies", competencies(bank.competencies()));
        values.put("job_description", text);
        return new ModelCall(
                prompts.render(PROMPT, values), Budget.BATCH, caller.user(), caller.candidateIdentifiers());
    }

    private static String competencies(List<Competency> competencies) {
        return competencies.stream().map(c -> c.id() + ": " + c.name()).collect(Collectors.joining("\n"));
    }
}

package dev.interviewcopilot.server.bank;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.interviewcopilot.server.compliance.ProtectedTopic;
import dev.interviewcopilot.server.compliance.ProtectedTopicLinter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Loads a question-bank directory and refuses to return a bank with any problem in it.
 *
 * <p>Layout: {@code competencies.yaml}, {@code roles.yaml}, {@code role-profiles.yaml},
 * {@code compliance/protected-topics.yaml}, {@code scorecard-templates/*.yaml} and {@code questions/*.yaml}. Every
 * file is checked against its schema, then ids and references are checked across files, then every text is
 * linted for protected topics. All problems are collected so one start-up shows them all.
 */
public final class BankLoader {
    private final ObjectMapper yaml;
    private final BankSchemas schemas = new BankSchemas();

    private BankLoader() {
        this.yaml = JsonMapper.builder(new YAMLFactory())
                .addModule(new Jdk8Module())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    public static BankLoader create() {
        return new BankLoader();
    }

    /**
     * Loads and validates the bank in a directory.
     *
     * @throws BankValidationException listing every problem, if there is any
     */
    public QuestionBank load(Path dir) {
        List<BankProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(new BankProblem(dir.toString(), "", "", "the question-bank directory does not exist"));
            throw new BankValidationException(problems);
        }
        BankContents contents = read(new BankFileReader(dir, yaml, schemas, problems));
        List<BankProblem> checks = BankChecks.run(contents);
        problems.addAll(checks);
        // Lint whatever could be read, as long as the rules themselves are usable.
        List<ProtectedTopic> topics = BankContents.values(contents.protectedTopics());
        boolean rulesUsable = checks.stream().noneMatch(p -> p.file().endsWith(BankFiles.PROTECTED_TOPICS));
        if (!topics.isEmpty() && rulesUsable) {
            problems.addAll(BankLint.run(ProtectedTopicLinter.create(topics), contents));
        }
        if (!problems.isEmpty()) {
            throw new BankValidationException(problems);
        }
        return new QuestionBank(
                BankContents.values(contents.items()),
                BankContents.values(contents.competencies()),
                BankContents.values(contents.roleFamilies()),
                BankContents.values(contents.seniorityLevels()),
                BankContents.values(contents.roleProfiles()),
                new SkillTaxonomy(BankContents.values(contents.skills())),
                BankContents.values(contents.scorecardTemplates()),
                BankContents.values(contents.protectedTopics()),
                ContentHash.of(dir));
    }

    private static BankContents read(BankFileReader reader) {
        var topics = reader.read(
                BankFiles.PROTECTED_TOPICS, BankSchemas.PROTECTED_TOPICS, BankFiles.ProtectedTopicsFile.class);
        var competencies =
                reader.read(BankFiles.COMPETENCIES, BankSchemas.COMPETENCIES, BankFiles.CompetencyFile.class);
        var roles = reader.read(BankFiles.ROLES, BankSchemas.ROLES, BankFiles.RolesFile.class);
        var profiles = reader.read(BankFiles.ROLE_PROFILES, BankSchemas.ROLE_PROFILES, BankFiles.ProfilesFile.class);
        var skills = reader.read(BankFiles.SKILLS, BankSchemas.SKILLS, BankFiles.SkillsFile.class);
        var templates =
                reader.readAll(BankFiles.TEMPLATES_DIR, BankSchemas.SCORECARD_TEMPLATE, ScorecardTemplate.class);
        var questions = reader.readAll(BankFiles.QUESTIONS_DIR, BankSchemas.QUESTIONS, BankFiles.QuestionFile.class);
        return new BankContents(
                spread(topics, BankFiles.ProtectedTopicsFile::categories),
                spread(competencies, BankFiles.CompetencyFile::competencies),
                spread(roles, BankFiles.RolesFile::roleFamilies),
                spread(roles, BankFiles.RolesFile::seniorityLevels),
                spread(profiles, BankFiles.ProfilesFile::profiles),
                spread(skills, BankFiles.SkillsFile::skills),
                templates,
                questions.stream()
                        .flatMap(file -> file.value().items().stream().map(item -> new Sourced<>(file.file(), item)))
                        .toList());
    }

    /** Turns a file of many values into the values, each still knowing its file. */
    private static <F, T> List<Sourced<T>> spread(Optional<Sourced<F>> file, Function<F, List<T>> values) {
        return file.map(f -> values.apply(f.value()).stream()
                        .map(v -> new Sourced<>(f.file(), v))
                        .toList())
                .orElse(List.of());
    }
}

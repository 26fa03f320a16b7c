package dev.interviewcopilot.server.assist;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewcopilot.server.bank.ItemStatus;
import dev.interviewcopilot.server.bank.ItemTexts;
import dev.interviewcopilot.server.bank.KeyPoint;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.bank.QuestionType;
import dev.interviewcopilot.server.bank.RedFlag;
import dev.interviewcopilot.server.bank.RubricBand;
import dev.interviewcopilot.server.bank.Skill;
import dev.interviewcopilot.server.compliance.LintFinding;
import dev.interviewcopilot.server.compliance.ProtectedTopicLinter;
import dev.interviewcopilot.server.llm.Validation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Checks a drafted question the way the bank loader checks a curated one, so an approved draft can join the bank
 * unchanged: a competency the plan evaluates, unique key-point and red-flag ids, the four bands in order, tags that
 * are taxonomy skills (synonyms mapped, unknown terms dropped, the requirement's own skill added) and nothing that
 * touches a protected topic. Schema-level shape (lengths, counts) was already checked against the prompt's schema.
 */
final class GapReplies {
    static final List<String> BANDS = List.of("1-3", "4-6", "7-8", "9-10");
    private static final int MAX_TAGS = 8;

    private final QuestionBank bank;
    private final ProtectedTopicLinter linter;
    private final GapRequest request;

    GapReplies(QuestionBank bank, ProtectedTopicLinter linter, GapRequest request) {
        this.bank = bank;
        this.linter = linter;
        this.request = request;
    }

    Validation<QuestionItem> check(JsonNode reply) {
        List<String> problems = new ArrayList<>();
        String competency = reply.path("competency").asText("");
        if (!request.competencies().contains(competency)) {
            problems.add("competency: '" + competency + "' is not one of " + request.competencies());
        }
        Optional<QuestionType> type =
                QuestionType.fromWireName(reply.path("type").asText(""));
        if (type.isEmpty() || type.get() == QuestionType.SCREENING) {
            problems.add("type: must be technical, system-design, behavioral, situational or competency");
        }
        List<KeyPoint> keyPoints = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonNode points = reply.path("keyPoints");
        for (int i = 0; i < points.size(); i++) {
            JsonNode p = points.get(i);
            String id = p.path("id").asText();
            if (!ids.add(id)) {
                problems.add("keyPoints[" + i + "].id: '" + id + "' is used twice; ids must be unique");
            }
            keyPoints.add(
                    new KeyPoint(id, p.path("point").asText(), p.path("probe").asText()));
        }
        List<RedFlag> redFlags = new ArrayList<>();
        ids.clear();
        JsonNode flags = reply.path("redFlags");
        for (int i = 0; i < flags.size(); i++) {
            JsonNode f = flags.get(i);
            String id = f.path("id").asText();
            if (!ids.add(id)) {
                problems.add("redFlags[" + i + "].id: '" + id + "' is used twice; ids must be unique");
            }
            redFlags.add(new RedFlag(
                    id, f.path("flag").asText(), f.path("soundsLike").asText()));
        }
        List<RubricBand> rubric = new ArrayList<>();
        JsonNode bands = reply.path("rubric");
        for (int i = 0; i < bands.size(); i++) {
            String scores = bands.get(i).path("scores").asText();
            if (i < BANDS.size() && !BANDS.get(i).equals(scores)) {
                problems.add("rubric[" + i + "].scores: must be " + BANDS.get(i) + "; list the bands 1-3, 4-6, 7-8, "
                        + "9-10 in that order");
            }
            rubric.add(new RubricBand(scores, bands.get(i).path("descriptor").asText()));
        }
        List<String> followUps = new ArrayList<>();
        reply.path("followUps").forEach(f -> followUps.add(f.asText()));
        List<String> tags = tags(reply.path("tags"));
        if (tags.isEmpty()) {
            problems.add("tags: none is a known skill; name the skills involved, such as the requirement's");
        }
        QuestionItem item = new QuestionItem(
                UUID.randomUUID(),
                ItemStatus.ACTIVE,
                List.of(),
                List.of(request.role()),
                request.seniority(),
                competency,
                type.orElse(QuestionType.TECHNICAL),
                reply.path("question").asText(),
                reply.path("evaluates").asText(),
                keyPoints,
                redFlags,
                rubric,
                followUps,
                reply.path("minutes").asInt(),
                tags,
                Optional.empty());
        lint(item, problems);
        return problems.isEmpty() ? Validation.valid(item) : Validation.invalid(problems);
    }

    private List<String> tags(JsonNode array) {
        Set<String> tags = new LinkedHashSet<>();
        request.skill().ifPresent(tags::add);
        array.forEach(t -> bank.skills().resolve(t.asText()).map(Skill::id).ifPresent(tags::add));
        return tags.stream().limit(MAX_TAGS).toList();
    }

    /** Every text a person will read or ask, through the protected-topic linter. */
    private void lint(QuestionItem item, List<String> problems) {
        ItemTexts.of(item).forEach((field, text) -> lintText(field, text, problems));
    }

    private void lintText(String field, String text, List<String> problems) {
        for (LintFinding finding : linter.lint(text)) {
            problems.add(field + ": " + finding.describe() + "; keep the question job-related");
        }
    }
}

package dev.interviewcopilot.server.bank;

import dev.interviewcopilot.server.compliance.ProtectedTopic;
import dev.interviewcopilot.server.compliance.ProtectedTopicLinter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The checks a schema cannot express: unique ids across files, references that resolve, supersession rules,
 * rubric bands that cover the scale, weights and shares that sum to one, and valid lint patterns.
 */
final class BankChecks {
    private static final double SUM_TOLERANCE = 0.001;
    /** Rubric bands must at least separate these levels: 1-3, 4-6, 7-8, 9-10. */
    private static final List<Integer> REQUIRED_BAND_STARTS = List.of(1, 4, 7, 9);

    private final BankContents contents;
    private final List<BankProblem> problems = new ArrayList<>();
    private final Set<String> competencyIds;
    private final Set<String> roleIds;
    private final Set<String> seniorityIds;
    private final Set<String> skillIds;
    private final Map<String, String> skillByTerm = new HashMap<>();

    private BankChecks(BankContents contents) {
        this.contents = contents;
        this.competencyIds = ids(contents.competencies(), Competency::id);
        this.roleIds = ids(contents.roleFamilies(), RoleFamily::id);
        this.seniorityIds = ids(contents.seniorityLevels(), SeniorityLevel::id);
        this.skillIds = ids(contents.skills(), Skill::id);
        contents.skills()
                .forEach(s -> SkillTaxonomy.terms(s.value())
                        .forEach(t -> skillByTerm.putIfAbsent(t, s.value().id())));
    }

    /** Every problem the checks find. */
    static List<BankProblem> run(BankContents contents) {
        BankChecks checks = new BankChecks(contents);
        checks.uniqueIds();
        contents.protectedTopics().forEach(checks::topicPatterns);
        checks.skillTerms();
        contents.items().forEach(checks::item);
        checks.supersession();
        contents.roleProfiles().forEach(checks::profile);
        contents.scorecardTemplates().forEach(checks::template);
        return checks.problems;
    }

    private void uniqueIds() {
        unique(contents.protectedTopics(), ProtectedTopic::id, "protected topic");
        unique(contents.competencies(), Competency::id, "competency");
        unique(contents.roleFamilies(), RoleFamily::id, "role family");
        unique(contents.seniorityLevels(), SeniorityLevel::id, "seniority level");
        unique(contents.roleProfiles(), RoleProfile::id, "role profile");
        unique(contents.skills(), Skill::id, "skill");
        unique(contents.scorecardTemplates(), ScorecardTemplate::id, "scorecard template");
        unique(contents.items(), item -> item.id().toString(), "question");
    }

    private <T> void unique(List<Sourced<T>> values, Function<T, String> id, String kind) {
        Map<String, String> firstFile = new HashMap<>();
        for (Sourced<T> value : values) {
            String key = id.apply(value.value());
            String earlier = firstFile.putIfAbsent(key, value.file());
            if (earlier != null) {
                add(value, key, "id", "duplicate " + kind + " id; first defined in " + earlier);
            }
        }
    }

    private void topicPatterns(Sourced<ProtectedTopic> topic) {
        List<String> patterns = topic.value().patterns();
        for (int i = 0; i < patterns.size(); i++) {
            int index = i;
            ProtectedTopicLinter.patternProblem(patterns.get(i))
                    .ifPresent(p -> add(topic, topic.value().id(), "patterns[" + index + "]", p));
        }
        List<String> allow = topic.value().allow();
        for (int i = 0; i < allow.size(); i++) {
            int index = i;
            ProtectedTopicLinter.patternProblem(allow.get(i))
                    .ifPresent(p -> add(topic, topic.value().id(), "allow[" + index + "]", p));
        }
    }

    private void item(Sourced<QuestionItem> sourced) {
        QuestionItem item = sourced.value();
        String id = item.id().toString();
        reference(sourced, id, "competency", item.competency(), competencyIds, "competency");
        references(sourced, id, "roles", item.roles(), roleIds, "role family");
        references(sourced, id, "seniority", item.seniority(), seniorityIds, "seniority level");
        duplicates(
                sourced,
                id,
                "keyPoints",
                item.keyPoints().stream().map(KeyPoint::id).toList());
        duplicates(
                sourced,
                id,
                "redFlags",
                item.redFlags().stream().map(RedFlag::id).toList());
        rubric(sourced, id, item.rubric());
        for (int i = 0; i < item.tags().size(); i++) {
            tag(sourced, id, "tags[" + i + "]", item.tags().get(i));
        }
    }

    /** A tag must be a skill id; when it is a synonym, the message names the id to use. */
    private void tag(Sourced<?> sourced, String id, String field, String tag) {
        if (skillIds.contains(tag)) {
            return;
        }
        String hint = Optional.ofNullable(skillByTerm.get(SkillTaxonomy.normalize(tag)))
                .map(skill -> "; it is a synonym of '" + skill + "', use that")
                .orElse("; add it to skills.yaml or use an existing skill");
        add(sourced, id, field, "unknown skill tag '" + tag + "'" + hint);
    }

    /**
     * No two skills may claim the same term (id, name or synonym, normalised), or resolving would be ambiguous; a
     * skill's common words must be among its own terms.
     */
    private void skillTerms() {
        Map<String, String> owner = new HashMap<>();
        for (Sourced<Skill> sourced : contents.skills()) {
            Collection<String> own = SkillTaxonomy.terms(sourced.value());
            for (String word : sourced.value().commonWords()) {
                if (!own.contains(SkillTaxonomy.normalize(word))) {
                    add(
                            sourced,
                            sourced.value().id(),
                            "commonWords",
                            "'" + word + "' is not the skill's id, name or one of its synonyms");
                }
            }
            for (String term : SkillTaxonomy.terms(sourced.value())) {
                String other = owner.putIfAbsent(term, sourced.value().id());
                if (other != null && !other.equals(sourced.value().id())) {
                    add(
                            sourced,
                            sourced.value().id(),
                            "synonyms",
                            "the term '" + term + "' also names the skill '" + other + "'");
                }
            }
        }
    }

    private void rubric(Sourced<?> sourced, String id, List<RubricBand> bands) {
        int expectedStart = 1;
        Set<Integer> starts = new HashSet<>();
        for (int i = 0; i < bands.size(); i++) {
            RubricBand band = bands.get(i);
            if (band.min() > band.max()) {
                add(sourced, id, "rubric[" + i + "].scores", "the range runs backwards");
            } else if (band.min() != expectedStart) {
                add(
                        sourced,
                        id,
                        "rubric[" + i + "].scores",
                        "bands must run in order from 1 to 10 without gaps or overlaps; expected one starting at "
                                + expectedStart);
            }
            starts.add(band.min());
            expectedStart = band.max() + 1;
        }
        if (expectedStart != 11) {
            add(sourced, id, "rubric", "bands must end at 10");
        }
        if (!starts.containsAll(REQUIRED_BAND_STARTS)) {
            add(sourced, id, "rubric", "bands must separate at least the levels 1-3, 4-6, 7-8 and 9-10");
        }
    }

    private void supersession() {
        Map<UUID, QuestionItem> byId = contents.items().stream()
                .collect(Collectors.toMap(s -> s.value().id(), Sourced::value, (a, b) -> a));
        for (Sourced<QuestionItem> sourced : contents.items()) {
            QuestionItem item = sourced.value();
            for (int i = 0; i < item.supersedes().size(); i++) {
                UUID old = item.supersedes().get(i);
                QuestionItem target = byId.get(old);
                String field = "supersedes[" + i + "]";
                if (old.equals(item.id())) {
                    add(sourced, item.id().toString(), field, "an item cannot supersede itself");
                } else if (target == null) {
                    add(sourced, item.id().toString(), field, "no question has the id " + old);
                } else if (target.active()) {
                    add(sourced, item.id().toString(), field, "the superseded question " + old + " must be retired");
                }
            }
        }
    }

    private void profile(Sourced<RoleProfile> sourced) {
        RoleProfile profile = sourced.value();
        String id = profile.id();
        reference(sourced, id, "role", profile.role(), roleIds, "role family");
        references(sourced, id, "seniority", profile.seniority(), seniorityIds, "seniority level");
        List<String> weighted = profile.competencies().stream()
                .map(RoleProfile.CompetencyWeight::id)
                .toList();
        references(sourced, id, "competencies", weighted, competencyIds, "competency");
        duplicates(sourced, id, "competencies", weighted);
        sumsToOne(
                sourced,
                id,
                "competencies",
                profile.competencies().stream()
                        .mapToDouble(RoleProfile.CompetencyWeight::weight)
                        .sum(),
                "competency weights");
        duplicates(
                sourced,
                id,
                "stages",
                profile.stages().stream().map(RoleProfile.Stage::id).toList());
        for (int i = 0; i < profile.stages().size(); i++) {
            references(
                    sourced,
                    id,
                    "stages[" + i + "].competencies",
                    profile.stages().get(i).competencies(),
                    Set.copyOf(weighted),
                    "competency for this profile (stages evaluate only weighted competencies)");
        }
        sumsToOne(
                sourced,
                id,
                "stages",
                profile.stages().stream().mapToDouble(RoleProfile.Stage::share).sum(),
                "stage shares");
    }

    private void template(Sourced<ScorecardTemplate> sourced) {
        ScorecardTemplate template = sourced.value();
        String id = template.id();
        references(sourced, id, "roles", template.roles(), roleIds, "role family");
        List<ScorecardTemplate.Field> fields = template.fields();
        duplicates(
                sourced,
                id,
                "fields",
                fields.stream().map(ScorecardTemplate.Field::id).toList());
        Set<String> itemIds = ids(contents.items(), item -> item.id().toString());
        for (ScorecardTemplate.Field field : fields) {
            String where = "field " + field.id();
            if (field.type().hasOptions() != !field.options().isEmpty()) {
                add(
                        sourced,
                        id,
                        where + ".options",
                        field.type().hasOptions()
                                ? "a " + field.type().wireName() + " field needs options"
                                : "only dropdown and choice fields take options");
            }
            field.competency()
                    .ifPresent(c -> reference(sourced, id, where + ".competency", c, competencyIds, "competency"));
            field.question()
                    .ifPresent(q -> reference(sourced, id, where + ".question", q.toString(), itemIds, "question"));
        }
    }

    private void sumsToOne(Sourced<?> sourced, String id, String field, double sum, String what) {
        if (Math.abs(sum - 1.0) > SUM_TOLERANCE) {
            add(sourced, id, field, what + " must sum to 1, not " + Math.round(sum * 1000) / 1000.0);
        }
    }

    private void references(
            Sourced<?> s, String id, String field, List<String> values, Set<String> known, String kind) {
        for (int i = 0; i < values.size(); i++) {
            reference(s, id, field + "[" + i + "]", values.get(i), known, kind);
        }
    }

    private void reference(Sourced<?> s, String id, String field, String value, Set<String> known, String kind) {
        if (!known.contains(value)) {
            add(s, id, field, "unknown " + kind + " '" + value + "'");
        }
    }

    private void duplicates(Sourced<?> s, String id, String field, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (String each : ids) {
            if (!seen.add(each)) {
                add(s, id, field, "the id '" + each + "' is used twice");
            }
        }
    }

    private void add(Sourced<?> sourced, String item, String field, String message) {
        problems.add(new BankProblem(sourced.file(), item, field, message));
    }

    private static <T> Set<String> ids(List<Sourced<T>> values, Function<T, String> id) {
        return values.stream().map(s -> id.apply(s.value())).collect(Collectors.toSet());
    }
}

package dev.interviewcopilot.server.questionset;

import dev.interviewcopilot.server.assist.Provenance;
import dev.interviewcopilot.server.bank.Competency;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.bank.QuestionType;
import dev.interviewcopilot.server.bank.RoleFamily;
import dev.interviewcopilot.server.bank.RoleProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** One plan being selected; see {@link PlanBuilder} for the steps. Not thread-safe: one per request. */
final class Selection {
    /** How much a newly covered must-have, nice-to-have, competency deficit and new type weigh. */
    private static final double MUST = 3;

    private static final double NICE = 1;
    private static final double BALANCE = 2;
    private static final double NEW_TYPE = 0.5;
    /** How much similarity to a chosen question costs (maximal marginal relevance). */
    private static final double REDUNDANCY = 1.5;

    private final QuestionBank bank;
    private final ItemSimilarity similarity;
    private final PlanAnalysis analysis;
    private final PlanScope scope;
    private final List<Requirement> requirements;
    private final List<RoleProfile.Stage> stages;
    /** Per stage: the role's questions that fit the stage's types, competencies and the seniority. */
    private final Map<String, List<QuestionItem>> rolePool = new LinkedHashMap<>();
    /** Per stage: other families' questions that fit its types and cover a must-have; only step 2 uses them. */
    private final Map<String, List<QuestionItem>> otherPool = new LinkedHashMap<>();

    private final Map<UUID, List<String>> covers = new HashMap<>();
    private final Map<String, List<PlannedQuestion>> chosen = new LinkedHashMap<>();
    private final Map<String, Integer> remaining = new HashMap<>();
    private final List<QuestionItem> chosenItems = new ArrayList<>();
    private final Set<String> covered = new HashSet<>();
    private final List<String> notices = new ArrayList<>();

    Selection(
            QuestionBank bank,
            ItemSimilarity similarity,
            PlanAnalysis analysis,
            PlanScope scope,
            List<Requirement> requirements) {
        this.bank = bank;
        this.similarity = similarity;
        this.analysis = analysis;
        this.scope = scope;
        this.requirements = List.copyOf(requirements);
        this.stages = scope.selectedStages();
        List<QuestionItem> active = PlanBuilder.active(bank);
        for (RoleProfile.Stage stage : stages) {
            chosen.put(stage.id(), new ArrayList<>());
            remaining.put(stage.id(), scope.budget(stage));
            List<QuestionItem> fitting = active.stream()
                    .filter(i -> stage.types().contains(i.type()))
                    .toList();
            List<QuestionItem> own = fitting.stream()
                    .filter(i -> i.roles().contains(scope.role()))
                    .filter(i -> stage.competencies().contains(i.competency()))
                    .toList();
            List<QuestionItem> atLevel =
                    own.stream().filter(this::suitsSeniority).toList();
            if (atLevel.isEmpty() && !own.isEmpty()) {
                notices.add("The bank has no " + stage.name() + " questions for " + scope.role() + " at "
                        + scope.seniority().orElse("") + " level; the stage uses other levels' questions.");
                atLevel = own;
            }
            rolePool.put(stage.id(), atLevel);
            otherPool.put(
                    stage.id(),
                    fitting.stream()
                            .filter(i -> !i.roles().contains(scope.role()))
                            .filter(this::suitsSeniority)
                            .toList());
        }
        for (List<QuestionItem> pool : rolePool.values()) {
            pool.forEach(i -> covers.computeIfAbsent(i.id(), id -> CoverageRules.covered(i, requirements)));
        }
        Set<String> musts = requirements.stream()
                .filter(Requirement::must)
                .map(Requirement::id)
                .collect(Collectors.toSet());
        for (Map.Entry<String, List<QuestionItem>> entry : otherPool.entrySet()) {
            List<QuestionItem> useful = new ArrayList<>();
            for (QuestionItem item : entry.getValue()) {
                List<String> ids = covers.computeIfAbsent(item.id(), id -> CoverageRules.covered(item, requirements));
                if (ids.stream().anyMatch(musts::contains)) {
                    useful.add(item);
                }
            }
            entry.setValue(useful);
        }
        List<QuestionItem> all = new ArrayList<>();
        rolePool.values().forEach(all::addAll);
        otherPool.values().forEach(all::addAll);
        similarity.prepare(all);
    }

    /**
     * Step 2: opens each design stage with its best design question (a design stage without one is not a design
     * stage, however many short questions would cover more), then covers the remaining must-haves greedily by new must-haves per minute, the classic heuristic
     * for coverage under a budget.
     */
    void coverMustHaves() {
        for (RoleProfile.Stage stage : stages) {
            Candidate anchor = null;
            for (QuestionItem item : rolePool.get(stage.id())) {
                if (stage.types().get(0) != QuestionType.SYSTEM_DESIGN || item.type() != QuestionType.SYSTEM_DESIGN) {
                    continue;
                }
                Optional<Candidate> c = candidate(stage, item, true);
                if (c.isPresent() && (anchor == null || c.get().beats(anchor))) {
                    anchor = c.get();
                }
            }
            if (anchor != null) {
                take(anchor);
            }
        }
        while (true) {
            Candidate best = null;
            for (RoleProfile.Stage stage : stages) {
                for (boolean own : new boolean[] {true, false}) {
                    for (QuestionItem item : (own ? rolePool : otherPool).get(stage.id())) {
                        Optional<Candidate> c = candidate(stage, item, own);
                        if (c.isPresent()
                                && c.get().newMust > 0
                                && (best == null || c.get().coversFaster(best))) {
                            best = c.get();
                        }
                    }
                }
            }
            if (best == null) {
                return;
            }
            take(best);
        }
    }

    /**
     * Step 1: places a draft for a requirement in the stage that asks its type and competency, or else the stage
     * with the most time left; a draft that fits nowhere is left out.
     *
     * @return whether it was placed
     */
    boolean place(QuestionItem draft, Requirement requirement, Provenance provenance) {
        Optional<RoleProfile.Stage> stage = stages.stream()
                .filter(s -> remaining.get(s.id()) >= draft.minutes())
                .max(Comparator.comparing((RoleProfile.Stage s) -> s.types().contains(draft.type())
                                && s.competencies().contains(draft.competency()))
                        .thenComparing(s -> remaining.get(s.id())));
        if (stage.isEmpty()) {
            notices.add("The question drafted for '" + requirement.name() + "' needs " + draft.minutes()
                    + " minutes and no stage has that much left; it is not in the plan.");
            return false;
        }
        Optional<QuestionItem> twin = chosenItems.stream()
                .filter(c -> similarity.of(draft, c) >= ItemSimilarity.NEAR_DUPLICATE)
                .findFirst();
        if (twin.isPresent()) {
            notices.add("The question drafted for '" + requirement.name() + "' asks what question "
                    + twin.get().id() + " already asks; it is not in the plan.");
            return false;
        }
        List<String> reasons = List.of(
                "Drafted for " + requirement.importance().wireName() + " '" + requirement.name()
                        + "', which no bank question in the plan covers.",
                "Needs review: approve it into the bank, edit it, or remove it.");
        PlannedQuestion planned = new PlannedQuestion(
                draft.id(),
                QuestionSource.DRAFTED,
                draft.minutes(),
                CoverageRules.covered(draft, requirements),
                reasons,
                Optional.of(new PlannedQuestion.Draft(draft, requirement.id(), provenance)));
        chosen.get(stage.get().id()).add(planned);
        remaining.merge(stage.get().id(), -draft.minutes(), Integer::sum);
        chosenItems.add(draft);
        return true;
    }

    /** Step 3: fills each stage's remaining time by marginal relevance less redundancy. */
    void fill() {
        while (true) {
            Candidate best = null;
            for (RoleProfile.Stage stage : stages) {
                for (QuestionItem item : rolePool.get(stage.id())) {
                    Optional<Candidate> c = candidate(stage, item, true);
                    if (c.isPresent()
                            && (best == null
                                    || c.get().score > best.score
                                    || c.get().score == best.score
                                            && c.get().tieBreak().compareTo(best.tieBreak()) < 0)) {
                        best = c.get();
                    }
                }
            }
            if (best == null) {
                return;
            }
            take(best);
        }
    }

    Plan plan() {
        List<PlanStage> planned = new ArrayList<>();
        for (RoleProfile.Stage stage : stages) {
            List<PlannedQuestion> questions = new ArrayList<>(chosen.get(stage.id()));
            // Ask in the order of the stage's question types; within a type, in the order they were chosen.
            questions.sort(Comparator.comparingInt(
                    q -> stage.types().indexOf(q.item(bank).type())));
            if (questions.isEmpty()) {
                notices.add(
                        "No bank question fits stage '" + stage.name() + "' in " + scope.budget(stage) + " minutes.");
            }
            planned.add(new PlanStage(stage.id(), stage.name(), scope.budget(stage), questions));
        }
        return analysis.analyse(scope, planned, requirements, notices);
    }

    /** A question that may be chosen for a stage, with how much it would add. */
    private record Candidate(
            RoleProfile.Stage stage, QuestionItem item, boolean own, int newMust, double score, List<String> reasons) {
        boolean beats(Candidate other) {
            if (newMust != other.newMust) {
                return newMust > other.newMust;
            }
            if (own != other.own) {
                return own;
            }
            if (score != other.score) {
                return score > other.score;
            }
            return tieBreak().compareTo(other.tieBreak()) < 0;
        }

        /** More new must-haves per minute; then as {@link #beats}. */
        boolean coversFaster(Candidate other) {
            double mine = (double) newMust / item.minutes();
            double theirs = (double) other.newMust / other.item.minutes();
            return mine != theirs ? mine > theirs : beats(other);
        }

        String tieBreak() {
            return item.id().toString();
        }
    }

    private Optional<Candidate> candidate(RoleProfile.Stage stage, QuestionItem item, boolean own) {
        if (item.minutes() > remaining.get(stage.id())
                || chosenItems.stream().anyMatch(c -> c.id().equals(item.id()))) {
            return Optional.empty();
        }
        double redundancy = 0;
        for (QuestionItem other : chosenItems) {
            double s = similarity.of(item, other);
            if (s >= ItemSimilarity.NEAR_DUPLICATE) {
                return Optional.empty();
            }
            redundancy = Math.max(redundancy, s);
        }
        List<String> reasons = new ArrayList<>();
        List<Requirement> newly = requirements.stream()
                .filter(r -> !covered.contains(r.id()))
                .filter(r -> covers.getOrDefault(item.id(), List.of()).contains(r.id()))
                .toList();
        List<Requirement> newMust = newly.stream().filter(Requirement::must).toList();
        List<Requirement> newNice = newly.stream().filter(r -> !r.must()).toList();
        if (!newMust.isEmpty()) {
            reasons.add("Covers must-have " + names(newMust) + ".");
        }
        if (!newNice.isEmpty()) {
            reasons.add("Covers " + names(newNice) + ".");
        }
        double deficit = deficit(stage, item.competency());
        if (deficit > 0) {
            reasons.add("Balances " + competencyName(item.competency()) + ": "
                    + Math.round(scope.weight(item.competency()) * 100) + "% of the role profile"
                    + (scope.focus().contains(item.competency()) ? ", a focus of this plan" : "") + ".");
        }
        boolean newType =
                chosen.get(stage.id()).stream().noneMatch(q -> q.item(bank).type() == item.type());
        if (newType) {
            reasons.add("Adds a " + item.type().wireName() + " question to the stage.");
        }
        if (!own) {
            reasons.add("From the " + families(item) + " questions: no " + scope.role() + " question covers it.");
        }
        if (redundancy > 0.6) {
            reasons.add("Closest chosen question is " + Math.round(redundancy * 100) + "% similar.");
        }
        if (reasons.isEmpty()) {
            reasons.add("Uses the stage's remaining time on " + competencyName(item.competency()) + ".");
        }
        double score = MUST * newMust.size()
                + NICE * newNice.size()
                + BALANCE * deficit
                + (newType ? NEW_TYPE : 0)
                - REDUNDANCY * redundancy;
        return Optional.of(new Candidate(stage, item, own, newMust.size(), score, reasons));
    }

    private void take(Candidate c) {
        chosen.get(c.stage.id())
                .add(new PlannedQuestion(
                        c.item.id(),
                        QuestionSource.BANK,
                        c.item.minutes(),
                        covers.getOrDefault(c.item.id(), List.of()),
                        c.reasons,
                        Optional.empty()));
        remaining.merge(c.stage.id(), -c.item.minutes(), Integer::sum);
        chosenItems.add(c.item);
        covered.addAll(covers.getOrDefault(c.item.id(), List.of()));
    }

    /**
     * How far the competency is below its target in the stage, as a share of the stage's budget: the target is the
     * competency's profile weight among the stage's competencies, times the stage's minutes.
     */
    private double deficit(RoleProfile.Stage stage, String competency) {
        int budget = scope.budget(stage);
        if (budget == 0 || !stage.competencies().contains(competency)) {
            return 0;
        }
        double stageWeights =
                stage.competencies().stream().mapToDouble(scope::weight).sum();
        if (stageWeights == 0) {
            return 0;
        }
        double target = budget * scope.weight(competency) / stageWeights;
        int allocated = chosen.get(stage.id()).stream()
                .filter(q -> q.item(bank).competency().equals(competency))
                .mapToInt(PlannedQuestion::minutes)
                .sum();
        return Math.max(0, target - allocated) / budget;
    }

    /**
     * Whether the item suits the seniority: the stated level when the profile is for it, else (no level stated, or
     * the profile is a stand-in for a level the bank has no profile for) any of the profile's levels.
     */
    private boolean suitsSeniority(QuestionItem item) {
        List<String> levels = scope.seniority()
                .filter(scope.profile().seniority()::contains)
                .map(List::of)
                .orElse(scope.profile().seniority());
        return item.seniority().stream().anyMatch(levels::contains);
    }

    private static String names(List<Requirement> requirements) {
        return requirements.stream().map(r -> "'" + r.name() + "'").collect(Collectors.joining(", "));
    }

    private String competencyName(String id) {
        return bank.competencies().stream()
                .filter(c -> c.id().equals(id))
                .map(Competency::name)
                .findFirst()
                .orElse(id);
    }

    private String families(QuestionItem item) {
        return bank.roleFamilies().stream()
                .filter(f -> item.roles().contains(f.id()))
                .map(RoleFamily::name)
                .collect(Collectors.joining(" and "));
    }
}

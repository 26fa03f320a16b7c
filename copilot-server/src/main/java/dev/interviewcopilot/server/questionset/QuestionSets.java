package dev.interviewcopilot.server.questionset;

import dev.interviewcopilot.server.access.Owners.Holders;
import dev.interviewcopilot.server.assist.Caller;
import dev.interviewcopilot.server.assist.Engine;
import dev.interviewcopilot.server.assist.Finding;
import dev.interviewcopilot.server.assist.GapDraft;
import dev.interviewcopilot.server.assist.GapDrafter;
import dev.interviewcopilot.server.assist.GapRequest;
import dev.interviewcopilot.server.assist.JobDescription;
import dev.interviewcopilot.server.assist.RequirementExtractor;
import dev.interviewcopilot.server.assist.Requirements;
import dev.interviewcopilot.server.assist.SkillRequirement;
import dev.interviewcopilot.server.audit.AiOutput;
import dev.interviewcopilot.server.audit.AuditRepository;
import dev.interviewcopilot.server.audit.AuditTrail;
import dev.interviewcopilot.server.bank.Competency;
import dev.interviewcopilot.server.bank.ItemOrigin;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.bank.RoleFamily;
import dev.interviewcopilot.server.bank.RoleProfile;
import dev.interviewcopilot.server.compliance.ProtectedTopicLinter;
import dev.interviewcopilot.server.http.BadRequestException;
import dev.interviewcopilot.server.http.ConflictException;
import dev.interviewcopilot.server.http.FieldError;
import dev.interviewcopilot.server.http.NotFoundException;
import dev.interviewcopilot.server.http.UnprocessableException;
import dev.interviewcopilot.server.retrieval.QuestionIndex;
import dev.interviewcopilot.server.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;

/**
 * The hiring manager's question sets: planned from a job description, edited in versions (each edit re-runs the
 * coverage analysis), and the source of reviewed items: a drafted question a person approves joins the bank and the
 * search index at once, with its origin. Every AI output and human change goes to the set's own audit trail.
 */
public final class QuestionSets {
    private static final Logger LOG = Logger.getLogger(QuestionSets.class.getName());
    /** Drafts asked for per plan at most: one model call each. */
    static final int MAX_DRAFTS = 5;

    private final Database database;
    private final AuditRepository trail;
    private final QuestionBank bank;
    private final QuestionIndex index;
    private final RequirementExtractor extractor;
    private final GapDrafter drafter;
    private final PlanBuilder builder;
    private final PlanAnalysis analysis;
    private final Clock clock;
    private final QuestionSetRepository sets = new QuestionSetRepository();
    /** The reviewed items in this instance's bank and index. */
    private final Set<UUID> joined = new HashSet<>();

    public QuestionSets(
            Database database,
            AuditRepository trail,
            QuestionBank bank,
            QuestionIndex index,
            RequirementExtractor extractor,
            GapDrafter drafter,
            ItemSimilarity similarity,
            ProtectedTopicLinter linter,
            Clock clock) {
        this.database = database;
        this.trail = trail;
        this.bank = bank;
        this.index = index;
        this.extractor = extractor;
        this.drafter = drafter;
        this.analysis = new PlanAnalysis(bank, linter);
        this.builder = new PlanBuilder(bank, similarity, analysis);
        this.clock = clock;
    }

    /**
     * Adds to the bank and the search index the reviewed items approved through any instance that this one has
     * not joined yet: at start, then every few seconds when several instances share a database. Returns how many
     * joined.
     */
    public synchronized int joinReviewed() {
        long stored = database.read(sets::reviewedCount);
        if (stored == joined.size()) {
            return 0; // reviewed items are only ever added, so an equal count means nothing is new
        }
        int added = 0;
        for (QuestionItem item : database.read(sets::reviewedItems)) {
            if (join(item)) {
                added++;
            }
        }
        return added;
    }

    /** Admits a reviewed item to the bank and the index once. */
    private synchronized boolean join(QuestionItem item) {
        if (!joined.add(item.id())) {
            return false;
        }
        bank.admit(item);
        index.add(item);
        return true;
    }

    /**
     * Reads the job description, plans, drafts for gaps when a model is configured, and stores version 1, with
     * {@code author} as its author in the trail.
     */
    public QuestionSet create(NewSet request, String author) {
        String text = request.jobDescription();
        JobDescriptionCheck.problem(text).ifPresent(why -> {
            throw new BadRequestException("jobDescription", why);
        });
        Caller caller = Caller.of(author);
        Requirements read = extractor.extract(new JobDescription(text, request.role(), request.seniority()), caller);
        List<String> notices = new ArrayList<>();
        if (!"en".equals(read.language())) {
            if (read.provenance().engine() == Engine.OFFLINE) {
                throw new UnprocessableException(
                        "unsupported-language",
                        "Job description language not supported offline",
                        "The job description looks like '" + read.language() + "'. The offline engine reads English "
                                + "job descriptions only; configure a model, or paste an English version.",
                        List.of(new FieldError("jobDescription", "is in '" + read.language() + "', not English")));
            }
            notices.add("The job description is in '" + read.language() + "'; the bank's questions are in English.");
        }
        String role = read.role().map(Finding::id).orElseThrow(this::unknownRole);
        List<Requirement> requirements = requirements(read);
        if (requirements.isEmpty()) {
            throw new BadRequestException(
                    "jobDescription",
                    "names no skill or competency the bank knows; is it a job description? State the skills it asks "
                            + "for, or the role and seniority");
        }
        RoleProfile profile = profile(role, read.seniority().map(Finding::id), notices);
        PlanScope scope = scope(profile, role, read.seniority().map(Finding::id), request);
        Extraction extraction =
                new Extraction(read.language(), read.role(), read.seniority(), read.warnings(), read.provenance());
        Planned planned = plan(scope, requirements, caller, notices);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        SetContent content = new SetContent(extraction, requirements, options(scope), planned.plan());
        SetVersion version = new SetVersion(1, now, author, "Planned from the job description.");
        database.write(c -> {
            sets.insert(c, id, request.hiringManager(), text, now);
            sets.addVersion(c, id, 0, version, content);
            String chain = id.toString();
            trail.record(c, chain, AuditRepository.COPILOT, "requirements-extracted", extractionOutput(text, read));
            for (AiOutput draft : planned.draftOutputs()) {
                trail.record(c, chain, AuditRepository.COPILOT, "gap-drafted", draft);
            }
            trail.record(c, chain, author, "question-set-created", summary(version, content));
            return null;
        });
        return new QuestionSet(id, request.hiringManager(), text, now, 1, version, content);
    }

    /** The set at a version, or at its latest; 404 when either does not exist. */
    public QuestionSet require(UUID id, OptionalInt version) {
        return database.read(c -> sets.find(c, id, version))
                .orElseThrow(() -> new NotFoundException(
                        version.isPresent()
                                ? "Question set " + id + " has no version " + version.getAsInt() + "."
                                : "No question set has the id " + id + "."));
    }

    /** Who the set belongs to, for access checks; empty when it does not exist. */
    public Optional<Holders> holders(UUID id) {
        return database.read(c -> sets.owner(c, id))
                .map(owner -> new Holders(Optional.empty(), owner.map(Set::of).orElse(Set.of())));
    }

    /** Every version of a set, oldest first. */
    public List<SetVersion> versions(UUID id) {
        List<SetVersion> versions = database.read(c -> sets.versions(c, id));
        if (versions.isEmpty()) {
            throw new NotFoundException("No question set has the id " + id + ".");
        }
        return versions;
    }

    /**
     * The bank questions of a set's latest version for an interview stage: the stage's own when the name matches
     * one of the plan's stage ids, else the whole plan. Empty when no set has the id.
     */
    public Optional<InterviewPlan> forInterview(UUID id, String stage) {
        return database.read(c -> sets.find(c, id, OptionalInt.empty())).map(set -> {
            Plan plan = set.content().plan();
            List<PlannedQuestion> questions = plan.stages().stream()
                    .filter(s -> s.id().equals(stage))
                    .findFirst()
                    .map(PlanStage::questions)
                    .orElseGet(() -> plan.questions().toList());
            return new InterviewPlan(
                    questions.stream()
                            .filter(q -> q.source() == QuestionSource.BANK)
                            .map(PlannedQuestion::questionId)
                            .toList(),
                    set.hiringManager(),
                    set.content().options().role(),
                    set.content().options().seniority());
        });
    }

    public AuditTrail trail(UUID id) {
        require(id, OptionalInt.empty());
        return database.read(c -> trail.read(c, id.toString()));
    }

    /**
     * Applies edits to the latest version, re-runs the coverage analysis and stores the result as a new version.
     *
     * @param expected the version the editor saw; 409 when the set has moved on since
     */
    public QuestionSet edit(UUID id, int expected, String author, List<Edit> edits) {
        QuestionSet current = require(id, OptionalInt.empty());
        checkVersion(current, expected);
        SetContent content = current.content();
        PlanScope scope = scope(content.options());
        List<Requirement> requirements = content.requirements();
        PlanEdits plan = new PlanEdits(bank, content.plan());
        List<String> changes = new ArrayList<>();
        List<AiOutput> drafts = List.of();
        for (int i = 0; i < edits.size(); i++) {
            Edit edit = edits.get(i);
            String field = "operations[" + i + "]";
            if (edit instanceof Edit.Requirements confirmed) {
                requirements = confirmedRequirements(confirmed, field);
                Planned replanned = plan(scope, requirements, Caller.of(author), new ArrayList<>());
                plan = new PlanEdits(bank, replanned.plan());
                drafts = replanned.draftOutputs();
                changes.add("requirements confirmed (" + requirements.size() + "), plan selected again");
            } else {
                changes.add(plan.apply(edit, field, scope));
            }
        }
        Plan edited = analysis.analyse(scope, plan.stages(), requirements, List.of());
        SetContent next = new SetContent(content.extraction(), requirements, content.options(), edited);
        SetVersion version =
                new SetVersion(current.latestVersion() + 1, clock.instant(), author, String.join("; ", changes) + ".");
        List<AiOutput> draftOutputs = drafts;
        store(current, version, next, c -> {
            for (AiOutput draft : draftOutputs) {
                trail.record(c, id.toString(), AuditRepository.COPILOT, "gap-drafted", draft);
            }
            trail.record(c, id.toString(), author, "question-set-edited", summary(version, next));
            return null;
        });
        return new QuestionSet(
                id,
                current.hiringManager(),
                current.jobDescription(),
                current.createdAt(),
                version.version(),
                version,
                next);
    }

    /**
     * Approves a drafted question into the bank as a reviewed item, with its origin, and makes the plan use it.
     * Searches find it as soon as this returns.
     */
    public QuestionSet approve(UUID id, UUID questionId, int expected, String reviewer) {
        QuestionSet current = require(id, OptionalInt.empty());
        checkVersion(current, expected);
        SetContent content = current.content();
        PlannedQuestion draft = content.plan()
                .questions()
                .filter(q -> q.questionId().equals(questionId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(
                        "Question set " + id + " has no question " + questionId + " in its latest version."));
        if (draft.source() != QuestionSource.DRAFTED || draft.draft().isEmpty()) {
            throw new ConflictException("Question " + questionId + " is already a bank question; only drafted "
                    + "questions are approved.");
        }
        List<QuestionLint> lint = content.plan().lint().stream()
                .filter(l -> l.questionId().equals(questionId))
                .toList();
        if (!lint.isEmpty()) {
            throw new UnprocessableException(
                    "protected-topic",
                    "Draft touches a protected topic",
                    "Question " + questionId + " cannot join the bank while it touches a protected topic.",
                    lint.stream()
                            .map(l -> new FieldError(l.field(), l.finding().describe()))
                            .toList());
        }
        PlannedQuestion.Draft drafted = draft.draft().get();
        Instant now = clock.instant();
        Requirement requirement = content.requirements().stream()
                .filter(r -> r.id().equals(drafted.requirement()))
                .findFirst()
                .orElse(null);
        QuestionItem reviewed = reviewedItem(drafted, requirement, id, reviewer, now);
        PlanEdits plan = new PlanEdits(bank, content.plan());
        plan.approved(reviewed, reviewer);
        PlanScope scope = scope(content.options());
        Plan next = analysis.analyse(
                scope, plan.stages(), content.requirements(), List.of(), Map.of(reviewed.id(), reviewed));
        SetContent nextContent = new SetContent(content.extraction(), content.requirements(), content.options(), next);
        SetVersion version = new SetVersion(
                current.latestVersion() + 1,
                now,
                reviewer,
                "Approved the drafted question " + questionId + " into the bank.");
        store(current, version, nextContent, c -> {
            sets.insertReviewed(c, reviewed, id, now);
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("questionId", questionId);
            payload.put("requirement", drafted.requirement());
            payload.put("draftedBy", drafted.provenance());
            payload.put("item", reviewed);
            trail.record(c, id.toString(), reviewer, "question-approved", payload);
            return null;
        });
        join(reviewed);
        LOG.info(() -> "reviewed item " + questionId + " joined the bank from question set " + id);
        return new QuestionSet(
                id,
                current.hiringManager(),
                current.jobDescription(),
                current.createdAt(),
                version.version(),
                version,
                nextContent);
    }

    private void store(QuestionSet current, SetVersion version, SetContent content, Database.Work<Void> alsoDo) {
        boolean stored = database.write(c -> {
            if (!sets.addVersion(c, current.id(), current.latestVersion(), version, content)) {
                return false;
            }
            alsoDo.run(c);
            return true;
        });
        if (!stored) {
            throw new ConflictException("Question set " + current.id() + " changed while this edit was applied; "
                    + "reload it and edit again.");
        }
    }

    private static void checkVersion(QuestionSet current, int expected) {
        if (current.latestVersion() != expected) {
            throw new ConflictException("Question set " + current.id() + " is at version " + current.latestVersion()
                    + ", not " + expected + "; reload it and edit again.");
        }
    }

    /** A plan and the trail records of the drafts made for it. */
    private record Planned(Plan plan, List<AiOutput> draftOutputs) {}

    private Planned plan(PlanScope scope, List<Requirement> requirements, Caller caller, List<String> notices) {
        Selection selection = builder.start(scope, requirements);
        List<AiOutput> outputs = new ArrayList<>();
        if (drafter.available()) {
            // Only what the bank lacks altogether, drafted and placed first so the bank's questions fill the time
            // around them: a must-have the bank covers is never helped by a new question.
            List<Requirement> gaps = requirements.stream()
                    .filter(Requirement::must)
                    .filter(r -> !CoverageRules.inBank(bank, r))
                    .toList();
            if (gaps.size() > MAX_DRAFTS) {
                notices.add(gaps.size() + " must-haves have no bank question; questions were drafted for the first "
                        + MAX_DRAFTS + ".");
            }
            List<Requirement> toDraft = gaps.subList(0, Math.min(MAX_DRAFTS, gaps.size()));
            List<GapDraft> drafts = draft(scope, toDraft, caller);
            for (int i = 0; i < toDraft.size(); i++) {
                GapDraft draft = drafts.get(i);
                Requirement requirement = toDraft.get(i);
                outputs.add(AiOutput.of(
                        "gap-draft",
                        draft.provenance(),
                        List.of(),
                        AiOutput.hashOf(requirement.id() + "\n" + scope.role()),
                        draft.item().map(d -> (Object) d).orElse(Map.of("requirement", requirement.id()))));
                draft.item().ifPresent(item -> selection.place(item, requirement, draft.provenance()));
            }
        }
        selection.coverMustHaves();
        selection.fill();
        Plan plan = selection.plan();
        List<String> all = new ArrayList<>(notices);
        all.addAll(plan.notices());
        return new Planned(
                new Plan(
                        plan.profile(),
                        plan.durationMinutes(),
                        plan.stages(),
                        plan.coverage(),
                        plan.gaps(),
                        plan.balance(),
                        plan.lint(),
                        all),
                outputs);
    }

    /** Drafts for several gaps at once, each on its own virtual thread: the gateway's bulkhead bounds them. */
    private List<GapDraft> draft(PlanScope scope, List<Requirement> gaps, Caller caller) {
        Set<String> competencies = new LinkedHashSet<>();
        scope.selectedStages().forEach(s -> competencies.addAll(s.competencies()));
        List<String> seniority =
                scope.seniority().map(List::of).orElse(scope.profile().seniority());
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<GapDraft>> futures = new ArrayList<>();
            for (Requirement gap : gaps) {
                GapRequest request = new GapRequest(
                        gap.name(),
                        gap.kind() == RequirementKind.SKILL ? Optional.of(gap.key()) : Optional.empty(),
                        scope.role(),
                        seniority,
                        List.copyOf(competencies));
                futures.add(threads.submit(() -> drafter.draft(request, caller)));
            }
            List<GapDraft> drafts = new ArrayList<>();
            for (Future<GapDraft> future : futures) {
                drafts.add(future.get());
            }
            return drafts;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drafting questions", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("drafting a question failed", e.getCause());
        }
    }

    private List<Requirement> requirements(Requirements read) {
        List<Requirement> requirements = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (SkillRequirement skill : read.skills()) {
            Requirement r = skill.skill()
                    .map(id -> Requirement.skill(id, skill.name(), skill.importance(), Optional.of(skill.span())))
                    .orElseGet(() -> Requirement.text(skill.name(), skill.importance(), Optional.of(skill.span())));
            if (seen.add(r.id())) {
                requirements.add(r);
            }
        }
        for (Finding competency : read.competencies()) {
            Requirement r = Requirement.competency(competency.id(), competencyName(competency.id()), competency.span());
            if (seen.add(r.id())) {
                requirements.add(r);
            }
        }
        return requirements;
    }

    private List<Requirement> confirmedRequirements(Edit.Requirements edit, String field) {
        List<FieldError> errors = new ArrayList<>();
        List<Requirement> requirements = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < edit.requirements().size(); i++) {
            Edit.Confirmed confirmed = edit.requirements().get(i);
            String at = field + ".requirements[" + i + "]";
            Requirement r;
            if (confirmed.competency().isPresent()) {
                String id = confirmed.competency().get();
                if (bank.competencies().stream().noneMatch(c -> c.id().equals(id))) {
                    errors.add(new FieldError(at + ".competency", "is not a competency of the bank"));
                    continue;
                }
                r = Requirement.competency(id, competencyName(id), Optional.empty());
            } else {
                String name = confirmed.skill().orElseThrow();
                r = bank.skills()
                        .resolve(name)
                        .map(s -> Requirement.skill(s.id(), s.name(), confirmed.importance(), Optional.empty()))
                        .orElseGet(() -> Requirement.text(name, confirmed.importance(), Optional.empty()));
            }
            if (!seen.add(r.id())) {
                errors.add(new FieldError(at, "repeats requirement " + r.id()));
                continue;
            }
            requirements.add(r);
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        return requirements;
    }

    private String competencyName(String id) {
        return bank.competencies().stream()
                .filter(c -> c.id().equals(id))
                .map(Competency::name)
                .findFirst()
                .orElse(id);
    }

    private UnprocessableException unknownRole() {
        List<String> families = bank.roleFamilies().stream().map(RoleFamily::id).toList();
        return new UnprocessableException(
                "unknown-role",
                "Role not in the bank",
                "The job description names no role family the bank has questions for. The bank covers "
                        + String.join(", ", families) + "; state role to plan for one of them.",
                List.of(new FieldError("role", "is not stated and the text names none of " + families)));
    }

    private RoleProfile profile(String role, Optional<String> seniority, List<String> notices) {
        List<RoleProfile> forRole =
                bank.roleProfiles().stream().filter(p -> p.role().equals(role)).toList();
        if (forRole.isEmpty()) {
            throw unknownRole();
        }
        if (seniority.isPresent()) {
            Optional<RoleProfile> exact = forRole.stream()
                    .filter(p -> p.seniority().contains(seniority.get()))
                    .findFirst();
            if (exact.isPresent()) {
                return exact.get();
            }
        }
        RoleProfile chosen = forRole.stream()
                .filter(p -> p.seniority().contains("senior"))
                .findFirst()
                .orElse(forRole.get(0));
        notices.add(
                seniority.isPresent()
                        ? "The bank has no " + role + " profile for " + seniority.get() + "; planned with "
                                + chosen.id() + "."
                        : "The job description states no seniority; planned with the " + chosen.id()
                                + " profile. State seniority to plan for another level.");
        return chosen;
    }

    private PlanScope scope(RoleProfile profile, String role, Optional<String> seniority, NewSet request) {
        List<String> stageIds =
                profile.stages().stream().map(RoleProfile.Stage::id).toList();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.stages().size(); i++) {
            if (!stageIds.contains(request.stages().get(i))) {
                errors.add(
                        new FieldError("stages[" + i + "]", "must be one of " + stageIds + " (" + profile.id() + ")"));
            }
        }
        List<String> competencies = profile.competencies().stream()
                .map(RoleProfile.CompetencyWeight::id)
                .toList();
        for (int i = 0; i < request.focus().size(); i++) {
            if (!competencies.contains(request.focus().get(i))) {
                errors.add(new FieldError(
                        "focus[" + i + "]", "must be one of " + competencies + " (" + profile.id() + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        List<String> stages = request.stages().isEmpty()
                ? stageIds
                : stageIds.stream().filter(request.stages()::contains).toList();
        int duration = request.durationMinutes()
                .orElse(profile.stages().stream()
                        .filter(s -> stages.contains(s.id()))
                        .mapToInt(RoleProfile.Stage::minutes)
                        .sum());
        return new PlanScope(profile, role, seniority, stages, duration, Set.copyOf(request.focus()));
    }

    private PlanScope scope(PlanOptions options) {
        RoleProfile profile = bank.roleProfiles().stream()
                .filter(p -> p.id().equals(options.profile()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("role profile " + options.profile() + " is gone"));
        return new PlanScope(
                profile,
                options.role(),
                options.seniority(),
                options.stages(),
                options.durationMinutes(),
                Set.copyOf(options.focus()));
    }

    private static PlanOptions options(PlanScope scope) {
        return new PlanOptions(
                scope.role(),
                scope.seniority(),
                scope.profile().id(),
                scope.stages(),
                scope.durationMinutes(),
                scope.focus().stream().sorted().toList());
    }

    private static QuestionItem reviewedItem(
            PlannedQuestion.Draft draft, Requirement requirement, UUID setId, String reviewer, Instant at) {
        QuestionItem d = draft.item();
        ItemOrigin origin = new ItemOrigin(
                setId,
                requirement == null ? draft.requirement() : requirement.name(),
                draft.provenance().prompt(),
                draft.provenance().model(),
                reviewer,
                at);
        return d.withOrigin(origin);
    }

    private static AiOutput extractionOutput(String text, Requirements read) {
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("language", read.language());
        output.put("role", read.role());
        output.put("seniority", read.seniority());
        output.put("skills", read.skills());
        output.put("competencies", read.competencies());
        output.put("warnings", read.warnings());
        return AiOutput.of("requirements", read.provenance(), List.of(), AiOutput.hashOf(text), output);
    }

    private static Map<String, Object> summary(SetVersion version, SetContent content) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("version", version.version());
        payload.put("change", version.change());
        payload.put(
                "questions",
                content.plan()
                        .questions()
                        .map(q -> q.questionId() + " " + q.source().wireName())
                        .toList());
        payload.put("gaps", content.plan().gaps().stream().map(Gap::requirement).toList());
        return payload;
    }
}

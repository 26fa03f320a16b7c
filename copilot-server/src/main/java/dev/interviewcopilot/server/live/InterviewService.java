package dev.interviewcopilot.server.live;

import dev.interviewcopilot.server.access.Principal;
import dev.interviewcopilot.server.access.Role;
import dev.interviewcopilot.server.audit.AuditChain;
import dev.interviewcopilot.server.audit.AuditTrail;
import dev.interviewcopilot.server.audit.EventView;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.bank.RoleFamily;
import dev.interviewcopilot.server.bank.ScorecardTemplate;
import dev.interviewcopilot.server.bank.SeniorityLevel;
import dev.interviewcopilot.server.http.Checks;
import dev.interviewcopilot.server.http.Ids;
import dev.interviewcopilot.server.http.Json;
import dev.interviewcopilot.server.http.JsonBody;
import dev.interviewcopilot.server.http.QueryParams;
import dev.interviewcopilot.server.questionset.InterviewPlan;
import dev.interviewcopilot.server.questionset.QuestionSets;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@code /v1/interviews}: create an interview, read one, list an interviewer's own, mark the current question, and
 * read the decision trail.
 */
public final class InterviewService implements HttpService {
    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 254;
    static final int MAX_QUESTIONS = 60;
    private static final int MAX_LIST = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Interviews interviews;
    private final QuestionBank bank;
    private final QuestionSets questionSets;
    private final Clock clock;

    public InterviewService(Interviews interviews, QuestionBank bank, QuestionSets questionSets, Clock clock) {
        this.interviews = interviews;
        this.bank = bank;
        this.questionSets = questionSets;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::create)
                .get("/", this::list)
                .get("/{id}", this::one)
                .put("/{id}/current-question", this::currentQuestion)
                .get("/{id}/audit", this::audit);
    }

    private void create(ServerRequest request, ServerResponse response) {
        Principal caller = Principal.of(request);
        Interview interview = interview(JsonBody.read(request, InterviewRequests.CreateInterview.class), caller);
        Interview created = interviews.create(interview, caller.subject());
        response.header("Location", "/v1/interviews/" + created.id());
        Json.send(response, Status.CREATED_201, InterviewViews.of(created));
    }

    private void list(ServerRequest request, ServerResponse response) {
        QueryParams params = QueryParams.of(request, Set.of("interviewer", "limit"));
        Optional<String> interviewer = params.text("interviewer", MAX_NAME);
        int limit = params.integer("limit", 50, 1, MAX_LIST);
        params.validate();
        // Each caller lists what they may see, narrowed by the filter: interviewers their own, hiring managers
        // the interviews they hold, admins all.
        Principal caller = Principal.of(request);
        List<Interview> found = switch (caller.role()) {
            case INTERVIEWER ->
                interviewer.isPresent() && !interviewer.get().equals(caller.subject())
                        ? List.of()
                        : interviews.visible(Optional.of(caller.subject()), Optional.empty(), limit);
            case HIRING_MANAGER -> interviews.visible(interviewer, Optional.of(caller.subject()), limit);
            case ADMIN -> interviews.visible(interviewer, Optional.empty(), limit);
            case EVALUATOR -> List.of();
        };
        List<InterviewViews.InterviewView> views =
                found.stream().map(InterviewViews::of).toList();
        Json.send(response, new InterviewViews.InterviewList(interviewer.orElse(null), views.size(), views));
    }

    private void one(ServerRequest request, ServerResponse response) {
        Json.send(response, InterviewViews.of(interviews.require(Ids.path(request, "id"))));
    }

    private void currentQuestion(ServerRequest request, ServerResponse response) {
        UUID id = Ids.path(request, "id");
        InterviewRequests.CurrentQuestion body = JsonBody.read(request, InterviewRequests.CurrentQuestion.class);
        Checks checks = new Checks();
        checks.require(body.questionId() != null, "questionId", "is required");
        Optional<UUID> questionId = checks.optionalUuid("questionId", body.questionId());
        questionId.ifPresent(q -> checks.require(bank.item(q).isPresent(), "questionId", "is not a bank question"));
        checks.orThrow();
        Json.send(
                response,
                InterviewViews.of(interviews.markCurrentQuestion(
                        id, questionId.get(), Principal.of(request).subject())));
    }

    private void audit(ServerRequest request, ServerResponse response) {
        UUID id = Ids.path(request, "id");
        AuditTrail trail = interviews.trail(id);
        List<EventView> events = trail.events().stream().map(EventView::of).toList();
        Json.send(response, new TrailView(id, events.size(), events, trail.verification()));
    }

    private Interview interview(InterviewRequests.CreateInterview body, Principal caller) {
        Checks checks = new Checks();
        String name = null;
        String email = null;
        if (body.candidate() == null) {
            checks.fail("candidate", "is required: the candidate's name and email");
        } else {
            name = checks.text("candidate.name", body.candidate().name(), MAX_NAME);
            email = checks.text("candidate.email", body.candidate().email(), MAX_EMAIL);
            if (email != null && !EMAIL.matcher(email).matches()) {
                checks.fail("candidate.email", "must be an email address");
            }
        }
        String position = checks.text("position", body.position(), MAX_NAME);
        // Interviewers create the interviews they run; hiring managers schedule them for an interviewer, as the
        // hiring manager themselves.
        String interviewer = caller.is(Role.INTERVIEWER) && body.interviewer() == null
                ? caller.subject()
                : checks.text("interviewer", body.interviewer(), MAX_NAME);
        if (caller.is(Role.INTERVIEWER) && interviewer != null && !interviewer.equals(caller.subject())) {
            checks.fail(
                    "interviewer",
                    "must be you (" + caller.subject() + "): interviewers create the interviews" + " they run");
        }
        Optional<String> hiringManager = checks.optionalText("hiringManager", body.hiringManager(), MAX_NAME);
        if (caller.is(Role.HIRING_MANAGER)) {
            if (hiringManager.isPresent() && !hiringManager.get().equals(caller.subject())) {
                checks.fail("hiringManager", "must be you (" + caller.subject() + ") or left out");
            }
            hiringManager = Optional.of(caller.subject());
        }
        String stage = checks.text("stage", body.stage(), 100);
        LocalDate date = date(checks, body.date());
        Optional<String> role = checks.optionalText("role", body.role(), 100);
        role.ifPresent(r -> checks.require(
                bank.roleFamilies().stream().anyMatch(f -> f.id().equals(r)),
                "role",
                "must be one of "
                        + bank.roleFamilies().stream().map(RoleFamily::id).toList()));
        Optional<String> seniority = checks.optionalText("seniority", body.seniority(), 100);
        seniority.ifPresent(s -> checks.require(
                bank.seniorityLevels().stream().anyMatch(l -> l.id().equals(s)),
                "seniority",
                "must be one of "
                        + bank.seniorityLevels().stream()
                                .map(SeniorityLevel::id)
                                .toList()));
        Optional<UUID> questionSetId = checks.optionalUuid("questionSetId", body.questionSetId());
        // A question set supplies what the request leaves out: its questions for this stage, role, seniority, owner.
        // A set the caller may not see is, to them, a set that does not exist.
        Optional<InterviewPlan> plan = questionSetId
                .filter(q ->
                        questionSets.holders(q).filter(h -> h.visibleTo(caller)).isPresent())
                .flatMap(q -> questionSets.forInterview(q, stage == null ? "" : stage));
        questionSetId.ifPresent(q -> checks.require(plan.isPresent(), "questionSetId", "no question set has this id"));
        if (plan.isPresent()) {
            hiringManager = hiringManager.or(plan.get()::hiringManager);
            role = role.or(() -> Optional.of(plan.get().role()));
            seniority = seniority.or(plan.get()::seniority);
        }
        List<UUID> questions = body.questions() == null
                ? plan.map(InterviewPlan::questions).orElse(List.of())
                : questions(checks, body.questions());
        checks.require(
                body.role() != null || body.questionSetId() != null || body.questions() != null,
                "role",
                "is required unless a question set or questions are given");
        String template = template(checks, body.scorecardTemplate(), role);
        checks.orThrow();
        Candidate candidate = new Candidate(UUID.randomUUID(), Optional.of(name), Optional.of(email), false);
        return new Interview(
                UUID.randomUUID(),
                candidate,
                position,
                interviewer,
                hiringManager,
                stage,
                date,
                role,
                seniority,
                questionSetId,
                questions,
                template,
                questions.isEmpty() ? Optional.empty() : Optional.of(questions.get(0)),
                clock.instant());
    }

    private static LocalDate date(Checks checks, String raw) {
        if (raw == null) {
            checks.fail("date", "is required: the day of the interview, as YYYY-MM-DD");
            return null;
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            checks.fail("date", "must be a date as YYYY-MM-DD");
            return null;
        }
    }

    private List<UUID> questions(Checks checks, List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        if (raw.size() > MAX_QUESTIONS) {
            checks.fail("questions", "must list at most " + MAX_QUESTIONS + " questions");
            return List.of();
        }
        List<UUID> ids = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String field = "questions[" + i + "]";
            if (raw.get(i) == null) {
                checks.fail(field, "must be a question id");
                continue;
            }
            Optional<UUID> id = checks.optionalUuid(field, raw.get(i));
            if (id.isEmpty()) {
                continue;
            }
            if (bank.item(id.get()).isEmpty()) {
                checks.fail(field, "is not a bank question");
            } else if (!seen.add(id.get())) {
                checks.fail(field, "is listed twice");
            } else {
                ids.add(id.get());
            }
        }
        return ids;
    }

    /** The named template, or else the most specific template for the role. */
    private String template(Checks checks, String named, Optional<String> role) {
        if (named != null) {
            boolean known = bank.scorecardTemplates().stream().anyMatch(t -> t.id().equals(named));
            checks.require(
                    known,
                    "scorecardTemplate",
                    "must be one of "
                            + bank.scorecardTemplates().stream()
                                    .map(ScorecardTemplate::id)
                                    .toList());
            return named;
        }
        Optional<ScorecardTemplate> forRole = role.flatMap(r -> bank.scorecardTemplates().stream()
                .filter(t -> t.roles().contains(r))
                .min(Comparator.comparingInt((ScorecardTemplate t) -> t.roles().size())
                        .thenComparing(ScorecardTemplate::id)));
        if (forRole.isEmpty()) {
            checks.fail("scorecardTemplate", "is required: no template is meant for this interview's role");
            return null;
        }
        return forRole.get().id();
    }

    record TrailView(UUID interviewId, int count, List<EventView> events, AuditChain.Verification verification) {}
}

package dev.interviewcopilot.server.questionset;

import dev.interviewcopilot.server.access.Principal;
import dev.interviewcopilot.server.access.Role;
import dev.interviewcopilot.server.assist.Importance;
import dev.interviewcopilot.server.audit.AuditChain;
import dev.interviewcopilot.server.audit.AuditTrail;
import dev.interviewcopilot.server.audit.EventView;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.bank.RoleFamily;
import dev.interviewcopilot.server.bank.SeniorityLevel;
import dev.interviewcopilot.server.http.Checks;
import dev.interviewcopilot.server.http.Ids;
import dev.interviewcopilot.server.http.Json;
import dev.interviewcopilot.server.http.JsonBody;
import dev.interviewcopilot.server.http.QueryParams;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /v1/question-sets}: plan from a job description, read (any version), edit, approve drafts into the bank,
 * export (JSON, Markdown, printable HTML) and the set's audit trail.
 */
public final class QuestionSetService implements HttpService {
    static final int MAX_NAME = 200;
    static final int MAX_LIST = 20;
    static final int MAX_OPERATIONS = 50;
    static final int MIN_MINUTES = 15;
    static final int MAX_MINUTES = 600;
    private static final List<String> OPS = List.of("remove", "add", "swap", "move", "requirements");
    private static final List<String> IMPORTANCE =
            Arrays.stream(Importance.values()).map(Importance::wireName).toList();

    private final QuestionSets sets;
    private final QuestionBank bank;

    public QuestionSetService(QuestionSets sets, QuestionBank bank) {
        this.sets = sets;
        this.bank = bank;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::create)
                .get("/{id}", this::read)
                .patch("/{id}", this::edit)
                .get("/{id}/versions", this::versions)
                .get("/{id}/export", this::export)
                .get("/{id}/audit", this::audit)
                .post("/{id}/questions/{questionId}/approve", this::approve);
    }

    private void create(ServerRequest request, ServerResponse response) {
        QuestionSetRequests.CreateQuestionSet body =
                JsonBody.read(request, QuestionSetRequests.CreateQuestionSet.class);
        Checks checks = new Checks();
        String text = checks.text("jobDescription", body.jobDescription(), JobDescriptionCheck.MAX_CHARACTERS);
        Optional<String> role = checks.optionalText("role", body.role(), 100);
        List<String> roles = bank.roleFamilies().stream().map(RoleFamily::id).toList();
        role.ifPresent(r -> checks.require(roles.contains(r), "role", "must be one of " + roles));
        Optional<String> seniority = checks.optionalText("seniority", body.seniority(), 100);
        List<String> levels =
                bank.seniorityLevels().stream().map(SeniorityLevel::id).toList();
        seniority.ifPresent(s -> checks.require(levels.contains(s), "seniority", "must be one of " + levels));
        OptionalInt duration = OptionalInt.empty();
        if (body.durationMinutes() != null) {
            int minutes = body.durationMinutes();
            checks.require(
                    minutes >= MIN_MINUTES && minutes <= MAX_MINUTES,
                    "durationMinutes",
                    "must be from " + MIN_MINUTES + " to " + MAX_MINUTES);
            duration = OptionalInt.of(minutes);
        }
        List<String> stages = ids(checks, "stages", body.stages());
        List<String> focus = ids(checks, "focus", body.focus());
        // A hiring manager's sets are their own; an admin may create one for a hiring manager.
        Principal caller = Principal.of(request);
        Optional<String> owner = checks.optionalText("hiringManager", body.hiringManager(), MAX_NAME);
        if (caller.is(Role.HIRING_MANAGER)) {
            if (owner.isPresent() && !owner.get().equals(caller.subject())) {
                checks.fail("hiringManager", "must be you (" + caller.subject() + ") or left out");
            }
            owner = Optional.of(caller.subject());
        }
        checks.orThrow();
        QuestionSet set =
                sets.create(new NewSet(text, role, seniority, duration, stages, focus, owner), caller.subject());
        response.header(HeaderNames.LOCATION, "/v1/question-sets/" + set.id());
        Json.send(response, Status.CREATED_201, QuestionSetView.of(set, bank));
    }

    private void read(ServerRequest request, ServerResponse response) {
        UUID id = Ids.path(request, "id");
        Json.send(response, QuestionSetView.of(sets.require(id, version(request, Set.of("version"))), bank));
    }

    private void versions(ServerRequest request, ServerResponse response) {
        UUID id = Ids.path(request, "id");
        List<SetVersion> versions = sets.versions(id);
        Json.send(response, new Versions(id, versions.size(), versions));
    }

    private void audit(ServerRequest request, ServerResponse response) {
        UUID id = Ids.path(request, "id");
        AuditTrail trail = sets.trail(id);
        List<EventView> events = trail.events().stream().map(EventView::of).toList();
        Json.send(response, new Trail(id, events.size(), events, trail.verification()));
    }

    private void export(ServerRequest request, ServerResponse response) {
        UUID id = Ids.path(request, "id");
        QueryParams params = QueryParams.of(request, Set.of("format", "version"));
        String format =
                params.oneOf("format", List.of("json", "markdown", "html")).orElse("json");
        int version = params.integer("version", 0, 1, Integer.MAX_VALUE);
        params.validate();
        QuestionSetView view = QuestionSetView.of(
                sets.require(id, version == 0 ? OptionalInt.empty() : OptionalInt.of(version)), bank);
        String name = "question-set-" + id + "-v" + view.version();
        switch (format) {
            case "markdown" -> send(response, "text/markdown", name + ".md", QuestionSetMarkdown.render(view));
            case "html" -> {
                // The kit is opened in a browser: it may style itself and nothing else.
                response.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
                send(response, "text/html", name + ".html", QuestionSetHtml.render(view));
            }
            default -> {
                response.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".json\"");
                Json.send(response, view);
            }
        }
    }

    private void edit(ServerRequest request, ServerResponse response) {
        UUID id = Ids.path(request, "id");
        QuestionSetRequests.EditQuestionSet body = JsonBody.read(request, QuestionSetRequests.EditQuestionSet.class);
        Checks checks = new Checks();
        checks.require(body.version() != null, "version", "is required: the version you edited");
        List<Edit> edits = new ArrayList<>();
        if (body.operations() == null || body.operations().isEmpty()) {
            checks.fail("operations", "is required: at least one of " + OPS);
        } else if (body.operations().size() > MAX_OPERATIONS) {
            checks.fail("operations", "must list at most " + MAX_OPERATIONS + " operations");
        } else {
            for (int i = 0; i < body.operations().size(); i++) {
                operation(checks, "operations[" + i + "]", body.operations().get(i))
                        .ifPresent(edits::add);
            }
        }
        checks.orThrow();
        Json.send(
                response,
                QuestionSetView.of(
                        sets.edit(id, body.version(), Principal.of(request).subject(), edits), bank));
    }

    private void approve(ServerRequest request, ServerResponse response) {
        UUID id = Ids.path(request, "id");
        UUID questionId = Ids.path(request, "questionId");
        QuestionSetRequests.Approve body = JsonBody.read(request, QuestionSetRequests.Approve.class);
        Checks checks = new Checks();
        checks.require(body.version() != null, "version", "is required: the version you reviewed");
        checks.orThrow();
        Json.send(
                response,
                QuestionSetView.of(
                        sets.approve(
                                id,
                                questionId,
                                body.version(),
                                Principal.of(request).subject()),
                        bank));
    }

    private static Optional<Edit> operation(Checks checks, String field, QuestionSetRequests.Operation op) {
        if (op == null) {
            checks.fail(field, "must be an operation object");
            return Optional.empty();
        }
        if (op.op() == null || !OPS.contains(op.op())) {
            checks.fail(field + ".op", "must be one of " + OPS);
            return Optional.empty();
        }
        return switch (op.op()) {
            case "remove" ->
                uuid(checks, field + ".questionId", op.questionId()).map(Edit.Remove::new);
            case "add" -> {
                Optional<UUID> q = uuid(checks, field + ".questionId", op.questionId());
                String stage = checks.text(field + ".stage", op.stage(), 100);
                yield q.filter(x -> stage != null)
                        .map(x -> new Edit.Add(
                                x, stage, op.position() == null ? OptionalInt.empty() : OptionalInt.of(op.position())));
            }
            case "swap" -> {
                Optional<UUID> q = uuid(checks, field + ".questionId", op.questionId());
                Optional<UUID> with = uuid(checks, field + ".with", op.with());
                yield q.flatMap(x -> with.map(w -> new Edit.Swap(x, w)));
            }
            case "move" -> {
                Optional<UUID> q = uuid(checks, field + ".questionId", op.questionId());
                checks.require(op.position() != null, field + ".position", "is required");
                Optional<String> stage = checks.optionalText(field + ".stage", op.stage(), 100);
                yield q.filter(x -> op.position() != null).map(x -> new Edit.Move(x, stage, op.position()));
            }
            default -> requirements(checks, field, op.requirements());
        };
    }

    private static Optional<Edit> requirements(
            Checks checks, String field, List<QuestionSetRequests.ConfirmedRequirement> raw) {
        if (raw == null || raw.isEmpty()) {
            checks.fail(field + ".requirements", "is required: the confirmed requirements");
            return Optional.empty();
        }
        if (raw.size() > 60) {
            checks.fail(field + ".requirements", "must list at most 60 requirements");
            return Optional.empty();
        }
        List<Edit.Confirmed> confirmed = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String at = field + ".requirements[" + i + "]";
            QuestionSetRequests.ConfirmedRequirement r = raw.get(i);
            if (r == null) {
                checks.fail(at, "must be a requirement object");
                continue;
            }
            Optional<String> skill = checks.optionalText(at + ".skill", r.skill(), 80);
            Optional<String> competency = checks.optionalText(at + ".competency", r.competency(), 100);
            if (skill.isPresent() == competency.isPresent()) {
                checks.fail(at, "must name exactly one of skill or competency");
                continue;
            }
            Importance importance = Importance.MUST;
            if (r.importance() != null) {
                Optional<Importance> parsed = Arrays.stream(Importance.values())
                        .filter(x -> x.wireName().equals(r.importance()))
                        .findFirst();
                if (parsed.isEmpty()) {
                    checks.fail(at + ".importance", "must be one of " + IMPORTANCE);
                    continue;
                }
                importance = parsed.get();
            }
            confirmed.add(new Edit.Confirmed(skill, competency, importance));
        }
        return Optional.of(new Edit.Requirements(confirmed));
    }

    private static Optional<UUID> uuid(Checks checks, String field, String value) {
        if (value == null) {
            checks.fail(field, "is required: a question id");
            return Optional.empty();
        }
        return checks.optionalUuid(field, value);
    }

    private static List<String> ids(Checks checks, String field, List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        if (raw.size() > MAX_LIST) {
            checks.fail(field, "must list at most " + MAX_LIST + " ids");
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String id = checks.text(field + "[" + i + "]", raw.get(i), 100);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static OptionalInt version(ServerRequest request, Set<String> known) {
        QueryParams params = QueryParams.of(request, known);
        int version = params.integer("version", 0, 1, Integer.MAX_VALUE);
        params.validate();
        return version == 0 ? OptionalInt.empty() : OptionalInt.of(version);
    }

    private static void send(ServerResponse response, String type, String filename, String body) {
        response.header(HeaderNames.CONTENT_TYPE, type + "; charset=utf-8");
        response.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"");
        response.send(body.getBytes(StandardCharsets.UTF_8));
    }

    record Versions(UUID questionSetId, int count, List<SetVersion> versions) {}

    record Trail(UUID questionSetId, int count, List<EventView> events, AuditChain.Verification verification) {}
}

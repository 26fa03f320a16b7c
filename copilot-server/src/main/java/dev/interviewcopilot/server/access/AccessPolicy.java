package dev.interviewcopilot.server.access;

import static dev.interviewcopilot.server.access.Role.ADMIN;
import static dev.interviewcopilot.server.access.Role.EVALUATOR;
import static dev.interviewcopilot.server.access.Role.HIRING_MANAGER;
import static dev.interviewcopilot.server.access.Role.INTERVIEWER;

import dev.interviewcopilot.server.http.ForbiddenException;
import dev.interviewcopilot.server.http.NotFoundException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one table of who may use which route. A role not listed for a route gets 403; a route over someone's
 * interview or question set also checks that the caller may see that resource, and answers 404 when not, exactly
 * as if it did not exist. The table lists every authenticated route the OpenAPI document has (a test keeps them
 * equal), and a guarded path missing from it answers 404: a new route cannot slip in unguarded.
 */
public final class AccessPolicy {
    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> INTERVIEW_READERS = EnumSet.of(ADMIN, HIRING_MANAGER, INTERVIEWER);
    private static final Set<Role> INTERVIEW_WRITERS = EnumSet.of(ADMIN, INTERVIEWER);
    private static final Set<Role> PLANNERS = EnumSet.of(ADMIN, HIRING_MANAGER);
    private static final Set<Role> EVALUATORS = EnumSet.of(ADMIN, EVALUATOR);

    /**
     * A route and who may use it.
     *
     * @param method the HTTP method
     * @param template the path, with {@code {name}} for each variable part
     * @param roles the roles that may call it
     * @param resource what the first path variable names, if it names someone's resource
     */
    public record Route(String method, String template, Set<Role> roles, Optional<Resource> resource) {
        Pattern pattern() {
            return Pattern.compile(template.replaceAll("\\{[^}]+}", "([^/]+)"));
        }
    }

    private static final List<Route> ROUTES = List.of(
            route("GET", "/v1/me", EVERYONE),
            route("GET", "/v1/questions", EVERYONE),
            route("GET", "/v1/questions/{id}", EVERYONE),
            route("GET", "/v1/competencies", EVERYONE),
            route("GET", "/v1/roles", EVERYONE),
            route("GET", "/v1/scorecard-templates", EVERYONE),
            route("GET", "/openapi", EVERYONE),
            route("GET", "/observe/metrics", EnumSet.of(ADMIN)),
            route("POST", "/v1/question-sets", PLANNERS),
            set("GET", "/v1/question-sets/{id}"),
            set("PATCH", "/v1/question-sets/{id}"),
            set("GET", "/v1/question-sets/{id}/versions"),
            set("GET", "/v1/question-sets/{id}/export"),
            set("GET", "/v1/question-sets/{id}/audit"),
            set("POST", "/v1/question-sets/{id}/questions/{questionId}/approve"),
            route("POST", "/v1/interviews", INTERVIEW_READERS),
            route("GET", "/v1/interviews", INTERVIEW_READERS),
            interview("GET", "/v1/interviews/{id}", INTERVIEW_READERS),
            interview("PUT", "/v1/interviews/{id}/current-question", INTERVIEW_WRITERS),
            interview("POST", "/v1/interviews/{id}/transcript", INTERVIEW_WRITERS),
            interview("GET", "/v1/interviews/{id}/transcript", INTERVIEW_READERS),
            interview("PATCH", "/v1/interviews/{id}/transcript/{segmentId}", INTERVIEW_WRITERS),
            interview("POST", "/v1/interviews/{id}/follow-ups", INTERVIEW_WRITERS),
            interview("GET", "/v1/interviews/{id}/probes", INTERVIEW_READERS),
            interview("PATCH", "/v1/interviews/{id}/probes/{probeId}", INTERVIEW_WRITERS),
            interview("POST", "/v1/interviews/{id}/notes/drafts", INTERVIEW_WRITERS),
            interview("GET", "/v1/interviews/{id}/notes", INTERVIEW_READERS),
            interview("PATCH", "/v1/interviews/{id}/notes/{noteId}", INTERVIEW_WRITERS),
            interview("GET", "/v1/interviews/{id}/scorecard", INTERVIEW_READERS),
            interview("PUT", "/v1/interviews/{id}/scorecard", INTERVIEW_WRITERS),
            interview("POST", "/v1/interviews/{id}/scorecard/submit", INTERVIEW_WRITERS),
            interview("POST", "/v1/interviews/{id}/scorecard/amendments", INTERVIEW_WRITERS),
            interview("GET", "/v1/interviews/{id}/scorecard/export", INTERVIEW_READERS),
            interview("GET", "/v1/interviews/{id}/audit", INTERVIEW_READERS),
            route("DELETE", "/v1/candidates/{id}", EnumSet.of(ADMIN)),
            route("GET", "/v1/eval/runs", EVALUATORS),
            route("GET", "/v1/eval/runs/{suite}/{run}", EVALUATORS),
            route("GET", "/v1/eval/comparison", EVALUATORS));

    private final Owners owners;
    private final List<Compiled> compiled = new ArrayList<>();

    public AccessPolicy(Owners owners) {
        this.owners = owners;
        ROUTES.forEach(r -> compiled.add(new Compiled(r, r.pattern())));
    }

    /** Every guarded route, for the docs and the tests. */
    public static List<Route> routes() {
        return ROUTES;
    }

    /**
     * Lets the call through or throws: 403 when the caller's role may not use the route (or the route is not in
     * the table), 404 when the resource it names is not the caller's.
     */
    public void check(String method, String path, Principal principal) {
        // HEAD reads what GET reads.
        String asked = method.equals("HEAD") ? "GET" : method;
        for (Compiled c : compiled) {
            Matcher m = c.pattern().matcher(path);
            if (!m.matches() || !c.route().method().equals(asked)) {
                continue;
            }
            if (!c.route().roles().contains(principal.role())) {
                throw new ForbiddenException("A " + principal.role().wireName() + " token may not " + asked + " "
                        + c.route().template() + ".");
            }
            c.route().resource().ifPresent(kind -> requireVisible(kind, m.group(1), principal));
            return;
        }
        // Not in the table: answered as routing answers an unknown path, so a route added without an entry here
        // fails closed instead of open.
        throw new NotFoundException("No resource at this path.");
    }

    private void requireVisible(Resource kind, String rawId, Principal principal) {
        UUID id;
        try {
            id = UUID.fromString(rawId);
        } catch (IllegalArgumentException e) {
            return; // not an id at all: the route answers 400 naming the parameter, and nothing can leak
        }
        boolean visible = owners.of(kind, id).map(h -> h.visibleTo(principal)).orElse(false);
        if (!visible) {
            throw new NotFoundException(kind.notFound(rawId));
        }
    }

    private static Route route(String method, String template, Set<Role> roles) {
        return new Route(method, template, roles, Optional.empty());
    }

    private static Route set(String method, String template) {
        return new Route(method, template, PLANNERS, Optional.of(Resource.QUESTION_SET));
    }

    private static Route interview(String method, String template, Set<Role> roles) {
        return new Route(method, template, roles, Optional.of(Resource.INTERVIEW));
    }

    private record Compiled(Route route, Pattern pattern) {}
}

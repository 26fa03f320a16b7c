package dev.interviewcopilot.server.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewcopilot.server.http.ForbiddenException;
import dev.interviewcopilot.server.http.NotFoundException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {
    private static final UUID MINE = UUID.fromString("11111111-1111-4111-8111-111111111111");
    private static final Principal ADMIN = new Principal("t1", "root", Role.ADMIN);
    private static final Principal IVY = new Principal("t2", "Ivy", Role.INTERVIEWER);
    private static final Principal IAN = new Principal("t3", "Ian", Role.INTERVIEWER);
    private static final Principal HANA = new Principal("t4", "Hana", Role.HIRING_MANAGER);
    private static final Principal EVE = new Principal("t5", "Eve", Role.EVALUATOR);

    private final AccessPolicy policy = new AccessPolicy((kind, id) ->
            id.equals(MINE) ? Optional.of(new Owners.Holders(Optional.of("Ivy"), Set.of("Hana"))) : Optional.empty());

    @Test
    void should_let_the_holders_of_an_interview_in_and_hide_it_from_others() {
        String path = "/v1/interviews/" + MINE + "/transcript";

        assertThatCode(() -> policy.check("GET", path, ADMIN)).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("GET", path, IVY)).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("GET", path, HANA)).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.check("GET", path, IAN))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("No interview has the id " + MINE + ".");
    }

    @Test
    void should_refuse_a_role_the_route_does_not_allow_before_looking_at_the_resource() {
        assertThatThrownBy(() -> policy.check("POST", "/v1/interviews/" + MINE + "/transcript", HANA))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("hiring-manager");
        assertThatThrownBy(() -> policy.check("GET", "/v1/interviews/" + UUID.randomUUID(), EVE))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> policy.check("DELETE", "/v1/candidates/" + MINE, IVY))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void should_treat_head_as_get_and_leave_malformed_ids_to_the_route() {
        assertThatCode(() -> policy.check("HEAD", "/v1/questions", EVE)).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("GET", "/v1/interviews/not-an-id", IAN))
                .doesNotThrowAnyException();
    }

    @Test
    void should_fail_closed_on_a_guarded_path_missing_from_the_table() {
        assertThatThrownBy(() -> policy.check("GET", "/v1/tokens", ADMIN)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> policy.check("DELETE", "/v1/interviews/" + MINE, ADMIN))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void should_guard_the_api_openapi_and_metrics_but_not_health_or_the_web_app() {
        assertThat(Authentication.guarded("/v1/questions")).isTrue();
        assertThat(Authentication.guarded("/openapi")).isTrue();
        assertThat(Authentication.guarded("/observe/metrics")).isTrue();
        assertThat(Authentication.guarded("/observe/health")).isFalse();
        assertThat(Authentication.guarded("/")).isFalse();
        assertThat(Authentication.guarded("/app/main.js")).isFalse();
        assertThat(Authentication.guarded("/v1x")).isFalse();
    }
}

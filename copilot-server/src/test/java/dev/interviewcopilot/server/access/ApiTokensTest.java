package dev.interviewcopilot.server.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewcopilot.server.store.Database;
import dev.interviewcopilot.server.store.Migrations;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTokensTest {
    @TempDir
    Path dir;

    private Database database;
    private ApiTokens tokens;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("copilot.db"), Migrations.bundled());
        tokens = new ApiTokens(database, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void should_authenticate_an_issued_token_as_its_holder_and_role() {
        ApiTokens.Issued issued = tokens.issue("Dana Reyes", Role.INTERVIEWER, Optional.of("laptop"));

        assertThat(issued.secret()).startsWith("icp_").hasSize(47);
        assertThat(tokens.authenticate(issued.secret()))
                .contains(new Principal(issued.token().id(), "Dana Reyes", Role.INTERVIEWER));
    }

    @Test
    void should_store_only_a_hash_of_the_token() throws Exception {
        ApiTokens.Issued issued = tokens.issue("Dana Reyes", Role.ADMIN, Optional.empty());

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("copilot.db"));
                ResultSet rs = c.createStatement().executeQuery("SELECT * FROM api_tokens")) {
            assertThat(rs.next()).isTrue();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                assertThat(String.valueOf(rs.getString(i)))
                        .doesNotContain(issued.secret().substring(4));
            }
        }
        assertThat(Files.readAllBytes(dir.resolve("copilot.db")))
                .asString()
                .doesNotContain(issued.secret().substring(4));
    }

    @Test
    void should_refuse_unknown_malformed_and_revoked_tokens() {
        ApiTokens.Issued issued = tokens.issue("Dana Reyes", Role.EVALUATOR, Optional.empty());
        tokens.authenticate(issued.secret());

        assertThat(tokens.authenticate("icp_" + "A".repeat(43))).isEmpty();
        assertThat(tokens.authenticate(issued.secret() + "x")).isEmpty();
        assertThat(tokens.authenticate("")).isEmpty();
        assertThat(tokens.authenticate(null)).isEmpty();

        assertThat(tokens.revoke(issued.token().id())).isTrue();
        assertThat(tokens.authenticate(issued.secret()))
                .as("revoked, even though it was cached")
                .isEmpty();
        assertThat(tokens.revoke(issued.token().id())).isFalse();
        assertThat(tokens.find(issued.token().id()).orElseThrow().active()).isFalse();
    }

    @Test
    void should_reject_blank_long_or_control_character_names() {
        assertThatThrownBy(() -> tokens.issue(" ", Role.ADMIN, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("subject");
        assertThatThrownBy(() -> tokens.issue("x".repeat(201), Role.ADMIN, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.issue("Dana\nReyes", Role.ADMIN, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(tokens.list()).isEmpty();
    }

    @Test
    void should_write_the_first_admin_token_once_readable_by_its_owner_only() throws Exception {
        Path file = dir.resolve("secrets/admin-token");

        assertThat(AdminToken.ensure(tokens, file)).contains(file);
        String secret = Files.readString(file).strip();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(tokens.authenticate(secret).orElseThrow().role()).isEqualTo(Role.ADMIN);

        assertThat(AdminToken.ensure(tokens, file)).isEmpty();
        assertThat(Files.readString(file).strip()).isEqualTo(secret);
        assertThat(tokens.list()).hasSize(1);
    }

    @Test
    void should_store_no_admin_token_when_its_file_cannot_be_written() throws Exception {
        Path blocker = dir.resolve("not-a-directory");
        Files.writeString(blocker, "x");

        assertThatThrownBy(() -> AdminToken.ensure(tokens, blocker.resolve("admin-token")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("admin-token");
        assertThat(tokens.anyIssued()).isFalse();
    }
}

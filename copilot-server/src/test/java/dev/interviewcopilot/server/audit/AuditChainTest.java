package dev.interviewcopilot.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewcopilot.server.store.Database;
import dev.interviewcopilot.server.store.Migrations;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditChainTest {
    @TempDir
    Path dir;

    private Database db;
    private final AuditRepository audit = new AuditRepository(Clock.systemUTC());

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("copilot.db"), Migrations.bundled());
        for (int i = 1; i <= 4; i++) {
            int n = i;
            db.write(c -> audit.record(c, "i1", "Priya", "step", Map.of("n", n)));
        }
        db.write(c -> audit.record(c, "i2", "Priya", "other-interview", Map.of()));
    }

    private AuditChain.Verification verify() {
        return db.read(c -> audit.read(c, "i1")).verification();
    }

    /**
     * Changes the table the way someone with the database file could: the append-only triggers go first (they stop
     * the service and careless hands, not an owner of the file); the hash chain is what must still tell.
     */
    private void tamper(String statement) {
        db.write(c -> {
            c.createStatement().executeUpdate("DROP TRIGGER audit_events_no_delete");
            c.createStatement().executeUpdate("DROP TRIGGER audit_events_tombstone_only");
            return c.createStatement().executeUpdate(statement);
        });
    }

    @Test
    void should_refuse_to_delete_or_rewrite_an_event_while_allowing_a_tombstone() {
        assertThatThrownBy(() -> db.write(c -> c.createStatement()
                        .executeUpdate("DELETE FROM audit_events WHERE interview_id = 'i1' AND seq = 3")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.write(c -> c.createStatement()
                        .executeUpdate("UPDATE audit_events SET actor = 'Someone Else' WHERE interview_id = 'i1'")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.write(c -> c.createStatement()
                        .executeUpdate("UPDATE audit_events SET payload = '{}' WHERE interview_id = 'i1'")))
                .hasMessageContaining("append-only");

        int erased = db.write(c -> audit.erase(c, "i1"));
        assertThat(erased).isEqualTo(4);
        assertThat(verify().valid()).isTrue();
    }

    @Test
    void should_chain_each_interviews_events_from_genesis_and_verify() {
        AuditTrail trail = db.read(c -> audit.read(c, "i1"));

        assertThat(trail.events()).extracting(AuditEvent::seq).containsExactly(1L, 2L, 3L, 4L);
        assertThat(trail.events().get(0).prevHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(trail.events().get(1).prevHash())
                .isEqualTo(trail.events().get(0).hash());
        assertThat(trail.verification().valid()).isTrue();
        assertThat(trail.verification().head()).isEqualTo(trail.events().get(3).hash());
    }

    @Test
    void should_detect_an_edited_payload() {
        tamper("UPDATE audit_events SET payload = '{\"n\":99}' WHERE interview_id = 'i1' AND seq = 2");

        assertThat(verify().valid()).isFalse();
        assertThat(verify().brokenAt()).contains(2L);
        assertThat(verify().problem()).hasValueSatisfying(p -> assertThat(p).contains("payload"));
    }

    @Test
    void should_detect_an_edited_payload_with_its_hash_recomputed() {
        String payload = "{\"n\":99}";
        tamper("UPDATE audit_events SET payload = '" + payload + "', payload_hash = '" + AuditChain.payloadHash(payload)
                + "' WHERE interview_id = 'i1' AND seq = 2");

        assertThat(verify().brokenAt()).contains(2L);
    }

    @Test
    void should_detect_a_deleted_event_and_a_changed_actor() {
        tamper("DELETE FROM audit_events WHERE interview_id = 'i1' AND seq = 3");
        assertThat(verify().problem()).hasValueSatisfying(p -> assertThat(p).contains("event 3 is missing"));
    }

    @Test
    void should_detect_a_changed_actor() {
        tamper("UPDATE audit_events SET actor = 'Someone Else' WHERE interview_id = 'i1' AND seq = 1");
        assertThat(verify().brokenAt()).contains(1L);
    }

    @Test
    void should_still_verify_after_erasure_with_tombstones_counted() {
        db.write(c -> audit.erase(c, "i1"));

        AuditChain.Verification v = verify();
        assertThat(v.valid()).isTrue();
        assertThat(v.erased()).isEqualTo(4);
        assertThat(db.read(c -> audit.read(c, "i2")).events().get(0).payload()).isPresent();
    }

    @Test
    void should_verify_an_empty_trail() {
        assertThat(AuditChain.verify(List.of()).valid()).isTrue();
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        db.close();
    }
}

package dev.interviewcopilot.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewcopilot.server.TestPostgres;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The PostgreSQL store keeps SQLite's guarantees with several connections and several "instances" writing. */
class PostgresDatabaseIT {
    private static final Migrations CHAIN = new Migrations(List.of(new Migrations.Migration(
            1,
            "V001__chain.sql",
            "CREATE TABLE chain (owner TEXT NOT NULL, seq INTEGER NOT NULL, prev TEXT NOT NULL, v TEXT NOT NULL,"
                    + " PRIMARY KEY (owner, seq));\nCREATE TABLE a (id INTEGER PRIMARY KEY, v TEXT NOT NULL);")));

    private final TestPostgres postgres = TestPostgres.shared();

    @Test
    void should_apply_migrations_once_when_instances_start_together() throws Exception {
        TestPostgres.Target target = postgres.newDatabase();
        List<Database> opened = new ArrayList<>();
        try (var executor = Executors.newFixedThreadPool(4)) {
            List<Future<Database>> starts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                starts.add(executor.submit(() -> Database.open(target.settings(2), Migrations.bundled())));
            }
            for (Future<Database> start : starts) {
                opened.add(start.get());
            }
        } finally {
            opened.forEach(Database::close);
        }
        try (Database db = Database.open(target.settings(2), Migrations.bundled())) {
            assertThat(count(db, "SELECT COUNT(*) FROM schema_migrations"))
                    .isEqualTo(Migrations.bundled().names().size());
        }
    }

    @Test
    void should_refuse_an_edited_migration_like_sqlite() {
        TestPostgres.Target target = postgres.newDatabase();
        Database.open(target.settings(2), CHAIN).close();
        Migrations edited = new Migrations(List.of(new Migrations.Migration(1, "V001__chain.sql", "SELECT 1;")));

        assertThatThrownBy(() -> Database.open(target.settings(2), edited))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("migration 1 (V001__chain.sql) has changed");
    }

    @Test
    void should_leave_nothing_behind_when_a_write_fails_halfway() {
        try (Database db = Database.open(postgres.newDatabase().settings(2), CHAIN)) {
            assertThatThrownBy(() -> db.write(c -> {
                        c.createStatement().executeUpdate("INSERT INTO a (id, v) VALUES (1, 'first')");
                        return c.createStatement().executeUpdate("INSERT INTO a (id, v) VALUES (2, NULL)");
                    }))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("null value");

            assertThat(count(db, "SELECT COUNT(*) FROM a")).isZero();
        }
    }

    @Test
    void should_read_integer_columns_as_64_bits() {
        try (Database db = Database.open(postgres.newDatabase().settings(2), CHAIN)) {
            db.write(c -> c.createStatement().executeUpdate("INSERT INTO a (id, v) VALUES (1099511627776, 'big')"));

            long id = db.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT id FROM a")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(id).isEqualTo(1L << 40);
        }
    }

    @Test
    void should_acknowledge_a_write_only_once_it_is_flushed() {
        try (Database db = Database.open(postgres.newDatabase().settings(2), CHAIN)) {
            String commit = db.read(c -> text(c.createStatement(), "SHOW synchronous_commit"));
            String isolation = db.write(c -> text(c.createStatement(), "SHOW transaction_isolation"));
            assertThat(commit).isEqualTo("on");
            assertThat(isolation).isEqualTo("serializable");
        }
    }

    /**
     * Two "instances" (two pools) append to the same chains at once, each append reading the last link and
     * inserting the next: serializable transactions and their retries leave every chain whole, with no link lost
     * or doubled.
     */
    @Test
    void should_keep_read_then_write_chains_whole_under_concurrent_writers_from_two_instances() throws Exception {
        TestPostgres.Target target = postgres.newDatabase();
        try (Database first = Database.open(target.settings(6), CHAIN);
                Database second = Database.open(target.settings(6), CHAIN);
                var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Callable<Long>> appends = new ArrayList<>();
            IntStream.range(0, 300).forEach(i -> {
                Database db = i % 2 == 0 ? first : second;
                String owner = "interview-" + (i % 3);
                appends.add(() -> db.write(c -> append(c, owner, "event " + i)));
            });
            for (Future<Long> done : executor.invokeAll(appends)) {
                done.get();
            }

            for (int o = 0; o < 3; o++) {
                String owner = "interview-" + o;
                List<String[]> links = links(first, owner);
                assertThat(links).hasSize(100);
                for (int k = 0; k < links.size(); k++) {
                    assertThat(links.get(k)[0]).isEqualTo(String.valueOf(k + 1));
                    assertThat(links.get(k)[1]).isEqualTo(k == 0 ? "genesis" : links.get(k - 1)[2]);
                }
            }
        }
    }

    @Test
    void should_keep_the_audit_table_append_only_allowing_only_tombstones() {
        try (Database db = Database.open(postgres.newDatabase().settings(2), Migrations.bundled())) {
            db.write(
                    c -> c.createStatement()
                            .executeUpdate(
                                    "INSERT INTO audit_events (interview_id, seq, at, actor, kind, payload,"
                                            + " payload_hash, prev_hash, hash) VALUES ('i1', 1, 'now', 'a', 'k', '{}', 'p', 'g', 'h')"));

            for (String forbidden : List.of(
                    "DELETE FROM audit_events",
                    "TRUNCATE audit_events",
                    "UPDATE audit_events SET actor = 'b'",
                    "UPDATE audit_events SET payload = '{\"x\":1}'")) {
                assertThatThrownBy(() -> db.write(c -> c.createStatement().executeUpdate(forbidden)))
                        .as(forbidden)
                        .hasMessageContaining("append-only");
            }
            db.write(c -> c.createStatement().executeUpdate("UPDATE audit_events SET payload = NULL"));
            assertThat(count(db, "SELECT COUNT(*) FROM audit_events WHERE payload IS NULL"))
                    .isEqualTo(1);
        }
    }

    /**
     * The server crashes (an immediate stop: no checkpoint) while four writers append to chains; after each
     * restart every write that was acknowledged is there and every chain is whole. With synchronous_commit off, the
     * last acknowledged commits before a crash could be missing.
     */
    @Test
    void should_keep_every_acknowledged_write_through_repeated_server_crashes() throws Exception {
        TestPostgres server = TestPostgres.dedicated();
        TestPostgres.Target target = server.newDatabase();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Random random = new Random(20261123);
        int crashes = 5;
        for (int run = 1; run <= crashes; run++) {
            try (Database db = Database.open(target.settings(4), CHAIN)) {
                AtomicBoolean stop = new AtomicBoolean();
                List<Thread> writers = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    String owner = "chain-" + (t % 2);
                    String prefix = "run " + run + " writer " + t + " #";
                    writers.add(Thread.ofPlatform().start(() -> {
                        for (int n = 0; !stop.get(); n++) {
                            String value = prefix + n;
                            try {
                                db.write(c -> append(c, owner, value));
                                acknowledged.add(value);
                            } catch (RuntimeException serverGone) {
                                // in flight when the server went down: not acknowledged, so not promised
                            }
                        }
                    }));
                }
                Thread.sleep(300 + random.nextInt(900));
                server.crashAndRestart();
                stop.set(true);
                for (Thread writer : writers) {
                    writer.join(30_000);
                }
            }
            try (Database db = Database.open(target.settings(2), CHAIN)) {
                Set<String> stored = new HashSet<>();
                for (String owner : List.of("chain-0", "chain-1")) {
                    List<String[]> links = links(db, owner);
                    for (int k = 0; k < links.size(); k++) {
                        assertThat(links.get(k)[0]).isEqualTo(String.valueOf(k + 1));
                        assertThat(links.get(k)[1]).isEqualTo(k == 0 ? "genesis" : links.get(k - 1)[2]);
                        stored.add(links.get(k)[2]);
                    }
                }
                assertThat(stored).as("after crash %d", run).containsAll(acknowledged);
            }
        }
        assertThat(acknowledged).hasSizeGreaterThan(crashes * 10);
        System.out.printf(
                "PostgreSQL crash harness: %d crashes, %d acknowledged writes, every one found after every crash%n",
                crashes, acknowledged.size());
    }

    @Test
    void should_report_an_unreachable_server_naming_the_settings_to_check() {
        StoreSettings nowhere = StoreSettings.postgresql(
                "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2", Optional.of("x"), Optional.of("secret"), 2);

        assertThatThrownBy(() -> Database.open(nowhere, CHAIN))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot connect to PostgreSQL jdbc:postgresql://127.0.0.1:1/none")
                .hasMessageContaining("copilot.store.url")
                .hasMessageNotContaining("secret");
    }

    private static long append(java.sql.Connection c, String owner, String value) throws java.sql.SQLException {
        long seq = 1;
        String prev = "genesis";
        try (PreparedStatement last =
                c.prepareStatement("SELECT seq, v FROM chain WHERE owner = ? ORDER BY seq DESC LIMIT 1")) {
            last.setString(1, owner);
            try (ResultSet rs = last.executeQuery()) {
                if (rs.next()) {
                    seq = rs.getLong(1) + 1;
                    prev = rs.getString(2);
                }
            }
        }
        try (PreparedStatement insert =
                c.prepareStatement("INSERT INTO chain (owner, seq, prev, v) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, owner);
            insert.setLong(2, seq);
            insert.setString(3, prev);
            insert.setString(4, value);
            insert.executeUpdate();
        }
        return seq;
    }

    /** A chain's links in order: sequence number, previous value, value. */
    private static List<String[]> links(Database db, String owner) {
        return db.read(c -> {
            List<String[]> rows = new ArrayList<>();
            try (PreparedStatement s =
                    c.prepareStatement("SELECT seq, prev, v FROM chain WHERE owner = ? ORDER BY seq")) {
                s.setString(1, owner);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                    }
                }
            }
            return rows;
        });
    }

    private static String text(Statement s, String sql) throws java.sql.SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long count(Database db, String sql) {
        return db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}

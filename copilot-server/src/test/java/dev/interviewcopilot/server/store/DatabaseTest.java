package dev.interviewcopilot.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    private static final Migrations TWO_TABLES = new Migrations(List.of(
            new Migrations.Migration(1, "V001__a.sql", "CREATE TABLE a (id INTEGER PRIMARY KEY, v TEXT NOT NULL);"),
            new Migrations.Migration(
                    2, "V002__b.sql", "-- a comment\nCREATE TABLE b (id INTEGER);\nCREATE INDEX b_id ON b (id);")));

    @Test
    void should_apply_each_migration_once_and_keep_data_across_reopening() {
        Path file = dir.resolve("copilot.db");
        try (Database db = Database.open(file, TWO_TABLES)) {
            db.write(c -> c.createStatement().executeUpdate("INSERT INTO a (v) VALUES ('kept')"));
        }
        try (Database db = Database.open(file, TWO_TABLES)) {
            assertThat(count(db, "SELECT COUNT(*) FROM schema_migrations")).isEqualTo(2);
            assertThat(count(db, "SELECT COUNT(*) FROM a")).isEqualTo(1);
        }
    }

    @Test
    void should_refuse_to_start_when_an_applied_migration_was_edited() {
        Path file = dir.resolve("copilot.db");
        Database.open(file, TWO_TABLES).close();
        Migrations edited = new Migrations(List.of(
                new Migrations.Migration(1, "V001__a.sql", "CREATE TABLE a (id INTEGER PRIMARY KEY, v TEXT);"),
                TWO_TABLES.migrationsForTest().get(1)));

        assertThatThrownBy(() -> Database.open(file, edited))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("migration 1 (V001__a.sql) has changed");
    }

    @Test
    void should_leave_nothing_behind_when_a_write_fails_halfway() {
        try (Database db = Database.open(dir.resolve("copilot.db"), TWO_TABLES)) {
            assertThatThrownBy(() -> db.write(c -> {
                        c.createStatement().executeUpdate("INSERT INTO a (v) VALUES ('first')");
                        return c.createStatement().executeUpdate("INSERT INTO a (v) VALUES (NULL)");
                    }))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("NOT NULL");

            assertThat(count(db, "SELECT COUNT(*) FROM a")).isZero();
        }
    }

    @Test
    void should_serialise_concurrent_writes_from_virtual_threads() throws Exception {
        try (Database db = Database.open(dir.resolve("copilot.db"), TWO_TABLES);
                var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var futures = IntStream.range(0, 200)
                    .mapToObj(i -> executor.submit(() -> db.write(c -> {
                        try (PreparedStatement insert = c.prepareStatement("INSERT INTO a (v) VALUES (?)")) {
                            insert.setString(1, "row " + i);
                            return insert.executeUpdate();
                        }
                    })))
                    .toList();
            for (var future : futures) {
                future.get();
            }

            assertThat(count(db, "SELECT COUNT(*) FROM a")).isEqualTo(200);
        }
    }

    @Test
    void should_apply_the_bundled_migrations() {
        try (Database db = Database.open(dir.resolve("copilot.db"), Migrations.bundled())) {
            assertThat(count(db, "SELECT COUNT(*) FROM schema_migrations")).isPositive();
            assertThat(count(db, "SELECT COUNT(*) FROM interviews")).isZero();
        }
    }

    @Test
    void should_split_a_file_into_statements() {
        assertThat(Migrations.statements("-- note\nCREATE TABLE x (a INTEGER);\n\nCREATE INDEX i ON x (a);\n"))
                .containsExactly("CREATE TABLE x (a INTEGER)", "CREATE INDEX i ON x (a)");
    }

    @Test
    void should_keep_a_dollar_quoted_function_body_in_one_statement() {
        String sql = """
                CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    -- a comment inside the body stays
                    RAISE EXCEPTION 'no';
                END;
                $$;
                CREATE TRIGGER t BEFORE DELETE ON x FOR EACH ROW EXECUTE FUNCTION f();
                """;

        List<String> statements = Migrations.statements(sql);

        assertThat(statements).hasSize(2);
        assertThat(statements.get(0)).startsWith("CREATE FUNCTION").contains("RAISE EXCEPTION 'no';", "-- a comment");
        assertThat(statements.get(1)).startsWith("CREATE TRIGGER");
    }

    @Test
    void should_bundle_one_file_per_dialect_where_sql_cannot_be_shared() {
        Migrations.Migration appendOnly = Migrations.bundled().migrationsForTest().stream()
                .filter(m -> m.name().equals("V004__audit_append_only.sql"))
                .findFirst()
                .orElseThrow();

        assertThat(appendOnly.sql(Dialect.SQLITE)).contains("RAISE(ABORT");
        assertThat(appendOnly.sql(Dialect.POSTGRESQL)).contains("LANGUAGE plpgsql");
        assertThat(appendOnly.checksum(Dialect.SQLITE)).isNotEqualTo(appendOnly.checksum(Dialect.POSTGRESQL));
        assertThat(Dialect.POSTGRESQL.migrationStatement("CREATE TABLE t (n INTEGER NOT NULL)"))
                .isEqualTo("CREATE TABLE t (n BIGINT NOT NULL)");
        assertThat(Dialect.SQLITE.migrationStatement("CREATE TABLE t (n INTEGER NOT NULL)"))
                .isEqualTo("CREATE TABLE t (n INTEGER NOT NULL)");
    }

    private static int count(Database db, String sql) {
        return db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}

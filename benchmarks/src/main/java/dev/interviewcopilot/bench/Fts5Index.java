package dev.interviewcopilot.bench;

import dev.interviewcopilot.server.bank.KeyPoint;
import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.bank.RedFlag;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The reference a user might otherwise pick: SQLite FTS5 with Porter stemming over the same fields, ranked by
 * its built-in BM25 with the same field weights as the product's Lucene query, top ten ids. Stop words are
 * dropped from queries with Lucene's English list, as the product does, so both engines see the same terms.
 */
final class Fts5Index implements AutoCloseable {
    private static final String RANK = "bm25(items, 0, 2.0, 1.0, 1.0, 0.7, 1.5)";

    private final Connection connection;
    private final PreparedStatement search;

    private Fts5Index(Connection connection) throws SQLException {
        this.connection = connection;
        this.search =
                connection.prepareStatement("SELECT id FROM items WHERE items MATCH ? ORDER BY " + RANK + " LIMIT ?");
    }

    /** Opens the database at {@code file}, building it first if it is missing or unfinished. */
    static Fts5Index openOrBuild(Path file, List<QuestionItem> items) throws Exception {
        if (!isComplete(file)) {
            build(file, items);
        }
        return new Fts5Index(DriverManager.getConnection("jdbc:sqlite:" + file));
    }

    /** Builds a fresh database at {@code file} in one transaction. */
    static void build(Path file, List<QuestionItem> items) throws Exception {
        Files.deleteIfExists(file);
        Files.createDirectories(file.getParent());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("CREATE VIRTUAL TABLE items USING fts5(id UNINDEXED, question, evaluates, key_points, red_flags,"
                    + " tags, tokenize='porter unicode61')");
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO items VALUES (?, ?, ?, ?, ?, ?)")) {
                for (QuestionItem item : items) {
                    insert.setString(1, item.id().toString());
                    insert.setString(2, item.question());
                    insert.setString(3, item.evaluates());
                    insert.setString(
                            4, item.keyPoints().stream().map(KeyPoint::point).collect(Collectors.joining("\n")));
                    insert.setString(
                            5, item.redFlags().stream().map(RedFlag::flag).collect(Collectors.joining("\n")));
                    insert.setString(6, String.join(" ", item.tags()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            s.execute("INSERT INTO items(items) VALUES('optimize')");
            s.execute("CREATE TABLE complete(items INTEGER)");
            s.execute("INSERT INTO complete VALUES (" + items.size() + ")");
            c.commit();
        }
    }

    /** The ids of the best matches, best first. */
    List<String> search(String text, int limit) throws SQLException {
        String match = matchExpression(text);
        if (match.isEmpty()) {
            return List.of();
        }
        search.setString(1, match);
        search.setInt(2, limit);
        List<String> ids = new ArrayList<>(limit);
        try (ResultSet rows = search.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    /** Any of the query's non-stop words, each quoted so that FTS5 reads no syntax from user text. */
    static String matchExpression(String text) {
        StringJoiner terms = new StringJoiner(" OR ");
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word)) {
                terms.add("\"" + word + "\"");
            }
        }
        return terms.toString();
    }

    private static boolean isComplete(Path file) {
        if (!Files.exists(file)) {
            return false;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM complete")) {
            return r.next() && r.getInt(1) == 1;
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() throws SQLException {
        search.close();
        connection.close();
    }
}

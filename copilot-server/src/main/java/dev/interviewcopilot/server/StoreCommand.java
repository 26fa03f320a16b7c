package dev.interviewcopilot.server;

import dev.interviewcopilot.server.audit.AuditRepository;
import dev.interviewcopilot.server.store.Database;
import dev.interviewcopilot.server.store.Dialect;
import dev.interviewcopilot.server.store.Migrations;
import dev.interviewcopilot.server.store.StoreCopy;
import dev.interviewcopilot.server.store.StoreException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * {@code copilot store migrate}: moves a SQLite database into the configured PostgreSQL store, for a team moving
 * from one machine to several instances. Every row is copied in one transaction that commits only if each table's
 * row count and checksum match and every audit chain verifies exactly as it did in SQLite; otherwise nothing is
 * written. Run it with the server stopped (a running server would keep writing to the SQLite file).
 */
final class StoreCommand {
    static final String USAGE = """
            usage: copilot store migrate [--from <SQLite file>]
              Copies the SQLite database (default: <data dir>/copilot.db) into the empty PostgreSQL database that
              COPILOT_STORE_KIND=postgresql, COPILOT_STORE_URL, COPILOT_STORE_USER and COPILOT_STORE_PASSWORD
              configure. Stop the server first. Nothing is written unless every row and audit chain checks out.""";

    private final PrintStream out;
    private final PrintStream err;

    StoreCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the command; returns the process exit code (0 copied, 1 refused or failed, 2 usage). */
    int run(CopilotConfig config, List<String> args) {
        if (args.isEmpty() || !args.get(0).equals("migrate")) {
            return usage(
                    args.isEmpty() ? "a store command is required" : "unknown store command '" + args.get(0) + "'");
        }
        Optional<Path> from = Optional.empty();
        List<String> rest = args.subList(1, args.size());
        for (int i = 0; i < rest.size(); i++) {
            if (rest.get(i).equals("--from") && i + 1 < rest.size()) {
                from = Optional.of(Path.of(rest.get(++i)));
            } else {
                return usage("unknown argument '" + rest.get(i) + "'");
            }
        }
        if (config.store().dialect() != Dialect.POSTGRESQL) {
            return usage("the configured store is " + config.store().dialect().id()
                    + "; set COPILOT_STORE_KIND=postgresql and COPILOT_STORE_URL to the target database");
        }
        Path file = from.orElse(config.dataDir().resolve("copilot.db"));
        if (!Files.isRegularFile(file)) {
            err.println("copilot store migrate: no SQLite database at " + file);
            return 1;
        }
        long started = System.nanoTime();
        try (Database source = Database.open(file, Migrations.bundled());
                Database target = Database.open(config.store(), Migrations.bundled())) {
            out.println("copying " + source.describe() + " into " + target.describe());
            StoreCopy.Copied<AuditRepository.ChainComparison> copied =
                    StoreCopy.copy(source, target, new AuditRepository(Clock.systemUTC())::compareChains);
            List<StoreCopy.Table> tables = copied.tables();
            copied.checked()
                    .alreadyBroken()
                    .forEach(trail -> err.println("warning: this audit chain was already broken in SQLite and was"
                            + " copied as it is: " + trail));
            long rows = 0;
            for (StoreCopy.Table table : tables) {
                out.printf("  %-24s %8d rows  sha256 %s%n", table.table(), table.rows(), table.checksum());
                rows += table.rows();
            }
            out.printf(
                    "copied %d rows in %d tables; counts and checksums match; %d audit chains verify as before;"
                            + " %d ms%n",
                    rows, tables.size(), copied.checked().trails(), (System.nanoTime() - started) / 1_000_000);
            return 0;
        } catch (StoreCopy.CopyRefused e) {
            err.println("copilot store migrate: nothing was written: " + e.getMessage());
            return 1;
        } catch (StoreException e) {
            err.println("copilot store migrate: " + e.getMessage());
            return 1;
        }
    }

    private int usage(String problem) {
        err.println("copilot store: " + problem);
        err.println(USAGE);
        return 2;
    }
}

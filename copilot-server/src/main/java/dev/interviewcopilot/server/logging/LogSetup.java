package dev.interviewcopilot.server.logging;

import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Configures java.util.logging (which Helidon, Lucene and, through SLF4J, LangChain4j log to) once at start-up. */
public final class LogSetup {
    /** UTC with a fixed millisecond width, so log lines sort and align. */
    static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private LogSetup() {}

    /**
     * Loggers that echo request lines and headers at debug levels: they stay at INFO or above whatever the root
     * level, because a request path or header can carry candidate data. Held strongly: java.util.logging forgets
     * the level of a logger that has been garbage-collected.
     */
    private static final List<Logger> REQUEST_ECHOING =
            List.of(Logger.getLogger("io.helidon.common.socket"), Logger.getLogger("io.helidon.webserver"));
    /** DJL probes for a GPU at model load and warns on every CPU-only machine; the warning means nothing here. */
    private static final Logger GPU_PROBE = Logger.getLogger("ai.djl.util.cuda.CudaUtils");
    /** The connection pool narrates every start and stop at INFO; the store logs what matters in one line. */
    private static final Logger POOL = Logger.getLogger("com.zaxxer.hikari");

    /** Replaces every root handler with one that writes lines in the given format to standard output. */
    public static void configure(LogFormat format, Level level) {
        reset();
        Logger root = Logger.getLogger("");
        root.setLevel(level);
        Level floor = level.intValue() < Level.INFO.intValue() ? Level.INFO : level;
        REQUEST_ECHOING.forEach(logger -> logger.setLevel(floor));
        GPU_PROBE.setLevel(Level.SEVERE);
        POOL.setLevel(level.intValue() < Level.INFO.intValue() ? level : Level.WARNING);
        root.addHandler(
                new StdoutHandler(format == LogFormat.JSON ? new JsonLogFormatter() : new PlainLogFormatter(), level));
    }

    /** Flushes and closes the handlers; the last step of shutdown. */
    public static void shutdown() {
        reset();
    }

    private static void reset() {
        if (LogManager.getLogManager() instanceof ShutdownSafeLogManager manager) {
            manager.resetNow();
        } else {
            LogManager.getLogManager().reset();
        }
    }

    /** Writes to standard output (twelve-factor style) and flushes each line, so nothing is lost on a crash. */
    private static final class StdoutHandler extends Handler {
        private final PrintStream out = System.out;

        StdoutHandler(Formatter formatter, Level level) {
            setFormatter(formatter);
            setLevel(level);
        }

        @Override
        public void publish(LogRecord record) {
            if (isLoggable(record)) {
                out.print(getFormatter().format(record));
                out.flush();
            }
        }

        @Override
        public void flush() {
            out.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }
}

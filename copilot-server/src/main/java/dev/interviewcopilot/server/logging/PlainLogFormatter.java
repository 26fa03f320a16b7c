package dev.interviewcopilot.server.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/** {@code 2026-11-22T15:40:00.123Z INFO [request-id] logger: message}, then the stack trace if any. */
final class PlainLogFormatter extends Formatter {

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder(160)
                .append(LogSetup.TIMESTAMP.format(record.getInstant()))
                .append(' ')
                .append(record.getLevel().getName());
        LogContext.requestId().ifPresent(id -> line.append(" [").append(id).append(']'));
        line.append(' ').append(shortName(record.getLoggerName())).append(": ").append(formatMessage(record));
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append(System.lineSeparator()).append(trace.toString().stripTrailing());
        }
        return line.append(System.lineSeparator()).toString();
    }

    private static String shortName(String logger) {
        if (logger == null) {
            return "";
        }
        return logger.startsWith("dev.interviewcopilot.") ? logger.substring(logger.lastIndexOf('.') + 1) : logger;
    }
}

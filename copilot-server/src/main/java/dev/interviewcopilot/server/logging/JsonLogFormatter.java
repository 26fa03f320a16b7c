package dev.interviewcopilot.server.logging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/** One JSON object per line: {@code time, level, logger, thread, requestId, message, error}. */
final class JsonLogFormatter extends Formatter {
    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public String format(LogRecord record) {
        ObjectNode line = mapper.createObjectNode()
                .put("time", LogSetup.TIMESTAMP.format(record.getInstant()))
                .put("level", record.getLevel().getName())
                .put("logger", record.getLoggerName())
                .put("thread", Thread.currentThread().getName());
        LogContext.requestId().ifPresent(id -> line.put("requestId", id));
        line.put("message", formatMessage(record));
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.putObject("error")
                    .put("type", record.getThrown().getClass().getName())
                    .put("message", String.valueOf(record.getThrown().getMessage()))
                    .put("stack", trace.toString());
        }
        try {
            return mapper.writeValueAsString(line) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            return "{\"level\":\"SEVERE\",\"message\":\"unformattable log record\"}" + System.lineSeparator();
        }
    }
}

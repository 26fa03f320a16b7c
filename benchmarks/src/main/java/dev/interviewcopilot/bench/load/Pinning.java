package dev.interviewcopilot.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/** Virtual-thread pinning found in a flight recording: how often, the longest, and where. */
record Pinning(int events, Duration longest, List<String> where) {
    static final Duration THRESHOLD = Duration.ofMillis(20);

    static Pinning read(Path recording) throws IOException {
        if (!Files.exists(recording)) {
            throw new IOException("no flight recording at " + recording);
        }
        int events = 0;
        Duration longest = Duration.ZERO;
        List<String> where = new ArrayList<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.VirtualThreadPinned")
                    || event.getDuration().compareTo(THRESHOLD) < 0) {
                continue;
            }
            events++;
            if (event.getDuration().compareTo(longest) > 0) {
                longest = event.getDuration();
            }
            if (where.size() < 5 && event.getStackTrace() != null) {
                where.add(event.getStackTrace().getFrames().stream()
                        .limit(6)
                        .map(RecordedFrame::getMethod)
                        .map(m -> m.getType().getName() + "." + m.getName())
                        .toList()
                        .toString());
            }
        }
        return new Pinning(events, longest, where);
    }
}

package dev.interviewcopilot.server.assist;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A follow-up question suggested to the interviewer, who may ask it, adapt it or ignore it.
 *
 * @param text the question
 * @param target what it aims at
 * @param why one sentence for the interviewer: what the answer has not shown yet
 * @param source where the wording comes from
 */
public record Probe(String text, ProbeTarget target, String why, Source source) {

    /** Where a probe's wording comes from. */
    public enum Source {
        /** Curated in the bank item, picked by the offline engine. */
        BANK,
        /** Drafted by the model, checked by code. */
        MODEL;

        @JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}

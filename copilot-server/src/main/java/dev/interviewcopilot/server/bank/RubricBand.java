package dev.interviewcopilot.server.bank;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A level descriptor for a range of the 1-10 scale.
 *
 * @param scores an inclusive range such as {@code 1-3}, or a single score such as {@code 10}
 * @param descriptor what an answer at this level looks like
 */
public record RubricBand(String scores, String descriptor) {

    /** The lowest score of the band. */
    @JsonIgnore
    public int min() {
        int dash = scores.indexOf('-');
        return Integer.parseInt(dash < 0 ? scores : scores.substring(0, dash));
    }

    /** The highest score of the band. */
    @JsonIgnore
    public int max() {
        int dash = scores.indexOf('-');
        return Integer.parseInt(dash < 0 ? scores : scores.substring(dash + 1));
    }
}

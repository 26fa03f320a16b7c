package dev.interviewcopilot.server.assist;

import dev.interviewcopilot.server.bank.KeyPoint;
import dev.interviewcopilot.server.bank.RedFlag;
import java.util.List;
import java.util.Optional;

/**
 * What an answer shows, per key point and red flag of its question, as the offline engine reads it.
 *
 * @param keyPoints coverage of each key point, in the item's order
 * @param redFlags each red flag and whether the answer brushes against it
 */
public record AnswerAnalysis(List<PointCoverage> keyPoints, List<FlagSignal> redFlags) {

    /** How much of a key point an answer shows. */
    public enum Coverage {
        COVERED,
        PARTIAL,
        MISSING
    }

    /**
     * One key point.
     *
     * @param point the key point
     * @param coverage how much of it the answer shows
     * @param similarity the best cosine similarity between the point and a sentence of the answer
     * @param lexical the share of the point's distinctive terms (those the question does not use) the answer uses
     * @param evidence the sentence that shows it best, when it is shown at all
     */
    public record PointCoverage(
            KeyPoint point, Coverage coverage, double similarity, double lexical, Optional<Sentence> evidence) {}

    /**
     * One red flag.
     *
     * @param flag the red flag
     * @param touched whether a sentence of the answer resembles it or how it sounds
     * @param similarity the best similarity
     * @param evidence the sentence that resembles it, when touched
     */
    public record FlagSignal(RedFlag flag, boolean touched, double similarity, Optional<Sentence> evidence) {}
}

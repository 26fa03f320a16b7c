package dev.interviewcopilot.server.questionset;

import dev.interviewcopilot.server.assist.Importance;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/** One change to a plan; a PATCH applies a list of them in order, as one new version. */
public sealed interface Edit {
    /** Takes a question out of the plan. */
    record Remove(UUID questionId) implements Edit {}

    /** Adds a bank question (found by search, say) to a stage, at a position or at the end. */
    record Add(UUID questionId, String stage, OptionalInt position) implements Edit {}

    /** Puts a bank question in another's place. */
    record Swap(UUID questionId, UUID with) implements Edit {}

    /** Moves a question to a position, in its stage or another. */
    record Move(UUID questionId, Optional<String> stage, int position) implements Edit {}

    /** Replaces the requirements with the confirmed ones and plans again from them. */
    record Requirements(List<Confirmed> requirements) implements Edit {
        public Requirements {
            requirements = List.copyOf(requirements);
        }
    }

    /**
     * A requirement as the hiring manager confirmed it: a skill by name (resolved through the taxonomy) or a
     * competency id.
     */
    record Confirmed(Optional<String> skill, Optional<String> competency, Importance importance) {}
}

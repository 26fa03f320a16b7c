package dev.interviewcopilot.server.assist;

import dev.interviewcopilot.server.bank.QuestionItem;
import java.util.Optional;

/**
 * A question drafted for a requirement the bank does not cover, for a person to review before anyone asks it.
 *
 * @param item the draft, complete with key points, red flags and rubric; absent when no model drafted one (the
 *     offline engine only reports the gap)
 * @param provenance the engine that drafted it, or why none did
 */
public record GapDraft(Optional<QuestionItem> item, Provenance provenance) {}

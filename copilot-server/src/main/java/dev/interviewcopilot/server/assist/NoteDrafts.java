package dev.interviewcopilot.server.assist;

import java.util.List;

/**
 * The drafts for one answer.
 *
 * @param notes one per criterion the answer touches
 * @param openQuestions what the interviewer may still want to find out
 * @param withheldQuotes quotes left out because they carry protected details the candidate volunteered
 * @param provenance the engine that produced them and why
 */
public record NoteDrafts(List<NoteDraft> notes, List<String> openQuestions, int withheldQuotes, Provenance provenance) {
    public NoteDrafts {
        notes = List.copyOf(notes);
        openQuestions = List.copyOf(openQuestions);
    }
}

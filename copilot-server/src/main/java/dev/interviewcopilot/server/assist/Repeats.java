package dev.interviewcopilot.server.assist;

import dev.interviewcopilot.server.retrieval.TextTerms;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a question repeats one already asked, in other words or the same: compared by their stemmed content
 * terms, so "How would you stop a retried request from booking twice?" repeats "What stops a retried booking
 * request from creating a second booking?".
 */
final class Repeats {
    /** Jaccard similarity of the term sets at which two questions ask the same thing. */
    static final double SAME_TERMS = 0.6;
    /** Share of the shorter question's terms found in the longer one at which it is a rephrasing. */
    static final double CONTAINED = 0.85;
    /** The containment rule needs this many terms, so a two-word question does not swallow every longer one. */
    static final int CONTAINED_MIN_TERMS = 4;

    private final List<String> questions;
    private final List<Set<String>> asked;
    private final Set<String> askedExactly = new HashSet<>();

    Repeats(List<String> alreadyAsked) {
        this.questions = List.copyOf(alreadyAsked);
        this.asked = alreadyAsked.stream().map(Repeats::terms).toList();
        alreadyAsked.forEach(q -> askedExactly.add(normalize(q)));
    }

    /** Whether the question repeats one already asked. */
    boolean repeats(String question) {
        if (askedExactly.contains(normalize(question))) {
            return true;
        }
        Set<String> terms = terms(question);
        for (Set<String> other : asked) {
            if (same(terms, other)) {
                return true;
            }
        }
        return false;
    }

    /** Remembers a question as asked, so later suggestions do not repeat it either. */
    Repeats plus(String question) {
        List<String> more = new ArrayList<>(questions);
        more.add(question);
        return new Repeats(more);
    }

    static boolean same(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        double jaccard = (double) common.size() / (a.size() + b.size() - common.size());
        int smaller = Math.min(a.size(), b.size());
        return jaccard >= SAME_TERMS
                || (smaller >= CONTAINED_MIN_TERMS && (double) common.size() / smaller >= CONTAINED);
    }

    private static Set<String> terms(String text) {
        return new HashSet<>(TextTerms.of(text));
    }

    private static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}

package dev.interviewcopilot.server.retrieval;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The search index's English analysis (lower-casing, stop words dropped, possessives removed, Porter stemming)
 * for code outside this package that compares texts by their terms, such as the offline engine's lexical cues.
 * Thread-safe.
 */
public final class TextTerms {
    private static final Analyzer ENGLISH = new EnglishAnalyzer();

    private TextTerms() {}

    /** The distinct stemmed terms of a text, in order of first appearance. */
    public static List<String> of(String text) {
        return QueryTerms.analyze(ENGLISH, text);
    }
}

package dev.interviewcopilot.server.retrieval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The index's field names and how each is used. Item texts are not stored in Lucene: the bank is in memory, and
 * a search only needs ids back.
 */
final class IndexFields {
    private IndexFields() {}

    /**
     * Bumped whenever documents are built differently (fields, analysis, embedding text), so that indexes built
     * by an older version are rebuilt rather than reused.
     */
    static final int FORMAT_VERSION = 3;

    /**
     * Indexed unanalysed as the term for idempotent updates, and as binary doc values (16 bytes) to map hits back
     * to bank items without touching stored fields.
     */
    static final String ID = "id";
    /** Doc values only: the item's position in the bank, for a stable order when browsing without a query. */
    static final String ORDINAL = "ordinal";

    // Filters: exact, unanalysed terms (StringField): no norms or positions needed.
    static final String STATUS = "status";
    static final String ROLE = "role";
    static final String SENIORITY = "seniority";
    static final String COMPETENCY = "competency";
    static final String TYPE = "type";

    // BM25: English analysis (stop words, possessives, Porter stemming), positions kept for future phrase queries.
    static final String QUESTION = "question";
    static final String EVALUATES = "evaluates";
    static final String KEY_POINTS = "keyPoints";
    static final String RED_FLAGS = "redFlags";
    static final String TAGS = "tags";

    /**
     * Per-field boosts for BM25. The question and its tags say most directly what an item is about; red flags
     * describe weak answers, so they count for less.
     */
    static final Map<String, Float> TEXT_FIELD_BOOSTS = orderedBoosts();

    /** In a fixed order, so that scores add up identically on every run. */
    private static Map<String, Float> orderedBoosts() {
        Map<String, Float> boosts = new LinkedHashMap<>();
        boosts.put(QUESTION, 2.0f);
        boosts.put(TAGS, 1.5f);
        boosts.put(KEY_POINTS, 1.0f);
        boosts.put(EVALUATES, 1.0f);
        boosts.put(RED_FLAGS, 0.7f);
        return Collections.unmodifiableMap(boosts);
    }

    /** The name reported for a hit that came from the embedding search. */
    static final String SEMANTIC = "semantic";

    /** Unit-length embeddings compared by dot product (equal to cosine for unit vectors, and cheaper). */
    static final String VECTOR = "vector";
}

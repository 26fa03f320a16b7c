package dev.interviewcopilot.server.retrieval;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Which retrievers a search uses. Hybrid is the product's default; the others exist to compare and evaluate. */
public enum SearchMode {
    /** BM25 and KNN, fused by reciprocal rank. */
    HYBRID("hybrid"),
    /** BM25 over the item texts only. */
    BM25("bm25"),
    /** KNN over the embeddings only. */
    KNN("knn");

    private final String wireName;

    SearchMode(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    boolean lexical() {
        return this != KNN;
    }

    boolean semantic() {
        return this != BM25;
    }

    /** The mode with this wire name, if any. */
    public static Optional<SearchMode> fromWireName(String name) {
        return Arrays.stream(values()).filter(m -> m.wireName.equals(name)).findFirst();
    }
}

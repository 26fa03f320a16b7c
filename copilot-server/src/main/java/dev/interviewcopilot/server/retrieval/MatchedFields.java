package dev.interviewcopilot.server.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Which text fields each hit matched. One doc-id iterator per field and segment walks the hits in doc order, so
 * the cost is one postings lookup per query term and field, not per hit (the Matches API would also read
 * positions, per hit).
 */
final class MatchedFields {
    private MatchedFields() {}

    /** For each doc (global id), the fields whose query it matches, in name order. */
    static Map<Integer, List<String>> of(IndexSearcher searcher, Map<String, Query> fieldQueries, int[] docs) {
        Map<Integer, List<String>> matched = new HashMap<>();
        if (fieldQueries.isEmpty() || docs.length == 0) {
            return matched;
        }
        int[] sorted = docs.clone();
        Arrays.sort(sorted);
        try {
            for (Map.Entry<String, Query> field : fieldQueries.entrySet()) {
                Weight weight =
                        searcher.createWeight(searcher.rewrite(field.getValue()), ScoreMode.COMPLETE_NO_SCORES, 1f);
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    mark(weight, leaf, sorted, field.getKey(), matched);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        matched.values().forEach(fields -> fields.sort(null));
        return matched;
    }

    private static void mark(
            Weight weight, LeafReaderContext leaf, int[] sorted, String field, Map<Integer, List<String>> matched)
            throws IOException {
        int end = leaf.docBase + leaf.reader().maxDoc();
        Scorer scorer = null;
        DocIdSetIterator iterator = null;
        for (int doc : sorted) {
            if (doc < leaf.docBase || doc >= end) {
                continue;
            }
            if (scorer == null) {
                scorer = weight.scorer(leaf);
                if (scorer == null) {
                    return;
                }
                iterator = scorer.iterator();
            }
            int local = doc - leaf.docBase;
            int at = iterator.docID() < local ? iterator.advance(local) : iterator.docID();
            if (at == local) {
                matched.computeIfAbsent(doc, d -> new ArrayList<>()).add(field);
            }
        }
    }
}

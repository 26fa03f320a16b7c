package dev.interviewcopilot.server.retrieval;

import dev.interviewcopilot.server.llm.TextEmbedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.QueryBuilder;

/**
 * Hybrid search: BM25 over the item texts and KNN over their embeddings, each restricted by the same filters,
 * fused by reciprocal rank. Thread-safe.
 */
public final class QuestionSearch {
    private final QuestionIndex index;
    private final QueryVectors queryVectors;
    private final SearchSettings settings;
    private final Analyzer analyzer = new EnglishAnalyzer();

    public QuestionSearch(QuestionIndex index, TextEmbedder embedder, SearchSettings settings) {
        this.index = index;
        this.queryVectors = new QueryVectors(embedder, settings.queryCacheSize());
        this.settings = settings;
    }

    /** The best hits for the query, best first. */
    public List<SearchHit> search(SearchQuery query) {
        Query filter = filter(query);
        if (query.text().isBlank()) {
            return index.withSearcher(searcher -> browse(searcher, filter, query.limit()));
        }
        Optional<Map<String, Query>> lexical = query.mode().lexical() ? lexicalQueries(query.text()) : Optional.empty();
        // Embed before acquiring a searcher: embedding takes milliseconds and needs no index.
        Optional<float[]> vector =
                query.mode().semantic() ? Optional.of(queryVectors.of(query.text())) : Optional.empty();
        return index.withSearcher(searcher -> hybrid(searcher, filter, lexical, vector, query.limit()));
    }

    private List<SearchHit> hybrid(
            IndexSearcher searcher,
            Query filter,
            Optional<Map<String, Query>> lexical,
            Optional<float[]> vector,
            int limit) {
        int candidates = Math.max(limit, settings.candidates());
        int[] bm25 = lexical.map(fields -> bm25(searcher, fields, filter, candidates))
                .orElse(new int[0]);
        int[] knn = vector.map(v -> knn(searcher, v, filter, candidates)).orElse(new int[0]);
        List<SearchHit> hits = new ArrayList<>();
        for (ReciprocalRankFusion.Fused fused : ReciprocalRankFusion.fuse(settings.rrfK(), limit, List.of(bm25, knn))) {
            List<String> matched = new ArrayList<>(
                    lexical.map(f -> matchedFields(searcher, f, fused.doc())).orElse(List.of()));
            if (fused.ranks()[1] > 0) {
                matched.add(IndexFields.SEMANTIC);
            }
            hits.add(new SearchHit(
                    id(searcher, fused.doc()), fused.score(), matched, rank(fused.ranks()[0]), rank(fused.ranks()[1])));
        }
        return hits;
    }

    private int[] bm25(IndexSearcher searcher, Map<String, Query> fields, Query filter, int n) {
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        fields.forEach((field, q) ->
                text.add(new BoostQuery(q, IndexFields.TEXT_FIELD_BOOSTS.get(field)), BooleanClause.Occur.SHOULD));
        Query query = new BooleanQuery.Builder()
                .add(text.build(), BooleanClause.Occur.MUST)
                .add(filter, BooleanClause.Occur.FILTER)
                .build();
        return docs(search(searcher, query, n));
    }

    private int[] knn(IndexSearcher searcher, float[] vector, Query filter, int n) {
        ScoreDoc[] hits = search(searcher, new KnnFloatVectorQuery(IndexFields.VECTOR, vector, n, filter), n);
        // Lucene scores dot-product similarity as (1 + cosine) / 2.
        double minScore = (1 + settings.semanticThreshold()) / 2;
        return Arrays.stream(hits)
                .filter(h -> h.score >= minScore)
                .mapToInt(h -> h.doc)
                .toArray();
    }

    private List<SearchHit> browse(IndexSearcher searcher, Query filter, int limit) {
        try {
            ScoreDoc[] docs = searcher.search(
                            filter, limit, new Sort(new SortField(IndexFields.ORDINAL, SortField.Type.LONG)))
                    .scoreDocs;
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc doc : docs) {
                hits.add(new SearchHit(id(searcher, doc.doc), 0, List.of(), OptionalInt.empty(), OptionalInt.empty()));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One BM25 query per text field, or empty when the text has no searchable terms (only stop words, say). */
    private Optional<Map<String, Query>> lexicalQueries(String text) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        Map<String, Query> queries = new LinkedHashMap<>();
        for (String field : IndexFields.TEXT_FIELD_BOOSTS.keySet()) {
            Query q = builder.createBooleanQuery(field, text, BooleanClause.Occur.SHOULD);
            if (q != null) {
                queries.put(field, q);
            }
        }
        return queries.isEmpty() ? Optional.empty() : Optional.of(queries);
    }

    private static List<String> matchedFields(IndexSearcher searcher, Map<String, Query> fields, int doc) {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        List<String> matched = new ArrayList<>();
        try {
            for (Map.Entry<String, Query> field : fields.entrySet()) {
                Weight weight =
                        searcher.createWeight(searcher.rewrite(field.getValue()), ScoreMode.COMPLETE_NO_SCORES, 1f);
                if (weight.matches(leaf, doc - leaf.docBase) != null) {
                    matched.add(field.getKey());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        matched.sort(null);
        return matched;
    }

    private static Query filter(SearchQuery query) {
        BooleanQuery.Builder filter = new BooleanQuery.Builder();
        query.status().ifPresent(s -> term(filter, IndexFields.STATUS, s.wireName()));
        query.role().ifPresent(r -> term(filter, IndexFields.ROLE, r));
        query.seniority().ifPresent(s -> term(filter, IndexFields.SENIORITY, s));
        query.competency().ifPresent(c -> term(filter, IndexFields.COMPETENCY, c));
        query.type().ifPresent(t -> term(filter, IndexFields.TYPE, t.wireName()));
        BooleanQuery built = filter.build();
        return built.clauses().isEmpty() ? new MatchAllDocsQuery() : built;
    }

    private static void term(BooleanQuery.Builder filter, String field, String value) {
        filter.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
    }

    private static ScoreDoc[] search(IndexSearcher searcher, Query query, int n) {
        try {
            return searcher.search(query, n).scoreDocs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int[] docs(ScoreDoc[] hits) {
        return Arrays.stream(hits).mapToInt(h -> h.doc).toArray();
    }

    private static UUID id(IndexSearcher searcher, int doc) {
        try {
            return UUID.fromString(searcher.storedFields()
                    .document(doc, Set.of(IndexFields.ID))
                    .get(IndexFields.ID));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OptionalInt rank(int rank) {
        return rank > 0 ? OptionalInt.of(rank) : OptionalInt.empty();
    }
}

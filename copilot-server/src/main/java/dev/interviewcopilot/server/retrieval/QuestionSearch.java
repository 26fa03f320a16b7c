package dev.interviewcopilot.server.retrieval;

import dev.interviewcopilot.server.llm.RecentVectors;
import dev.interviewcopilot.server.llm.TextEmbedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.BinaryDocValues;
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
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Hybrid search: BM25 over the item texts and KNN over their embeddings, each restricted by the same filters,
 * fused by reciprocal rank. Thread-safe.
 */
public final class QuestionSearch {
    private final QuestionIndex index;
    private final RecentVectors queryVectors;
    private final SearchSettings settings;
    private final Analyzer analyzer = new EnglishAnalyzer();

    public QuestionSearch(QuestionIndex index, TextEmbedder embedder, SearchSettings settings) {
        this.index = index;
        this.queryVectors = new RecentVectors(embedder, settings.queryCacheSize());
        this.settings = settings;
    }

    /** The best hits for the query, best first. */
    public List<SearchHit> search(SearchQuery query) {
        Query filter = filter(query);
        if (query.text().isBlank()) {
            return index.withSearcher(searcher -> browse(searcher, filter, query.limit()));
        }
        Map<String, Query> lexical = query.mode().lexical() ? lexicalQueries(query.text()) : Map.of();
        // Embed before acquiring a searcher: embedding takes milliseconds and needs no index.
        Optional<float[]> vector = query.mode().semantic() && embeddable(query.text())
                ? Optional.of(queryVectors.of(query.text().strip().toLowerCase(Locale.ROOT)))
                : Optional.empty();
        // Fusion needs more than the page from each retriever; a single retriever needs only the page.
        int candidates =
                query.mode() == SearchMode.HYBRID ? Math.max(query.limit(), settings.candidates()) : query.limit();
        return index.withSearcher(searcher -> rank(searcher, filter, lexical, vector, candidates, query.limit()));
    }

    private List<SearchHit> rank(
            IndexSearcher searcher,
            Query filter,
            Map<String, Query> lexical,
            Optional<float[]> vector,
            int candidates,
            int limit) {
        int[] bm25 = lexical.isEmpty() ? new int[0] : bm25(searcher, lexical, filter, candidates);
        int[] knn = vector.map(v -> knn(searcher, v, filter, candidates)).orElse(new int[0]);
        List<ReciprocalRankFusion.Fused> fused = ReciprocalRankFusion.fuse(settings.rrfK(), limit, List.of(bm25, knn));
        Map<Integer, List<String>> matched = MatchedFields.of(
                searcher, lexical, fused.stream().mapToInt(f -> f.doc()).toArray());
        List<SearchHit> hits = new ArrayList<>();
        for (ReciprocalRankFusion.Fused hit : fused) {
            List<String> fields = new ArrayList<>(matched.getOrDefault(hit.doc(), List.of()));
            if (hit.ranks()[1] > 0) {
                fields.add(IndexFields.SEMANTIC);
            }
            hits.add(new SearchHit(
                    id(searcher, hit.doc()), hit.score(), fields, rank(hit.ranks()[0]), rank(hit.ranks()[1])));
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
            Sort byBankOrder = new Sort(new SortField(IndexFields.ORDINAL, SortField.Type.LONG));
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc doc : searcher.search(filter, limit, byBankOrder).scoreDocs) {
                hits.add(new SearchHit(id(searcher, doc.doc), 0, List.of(), OptionalInt.empty(), OptionalInt.empty()));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One BM25 query per text field over the query's analysed terms (analysed once), or none when the text has
     * no searchable terms (only stop words, say).
     */
    private Map<String, Query> lexicalQueries(String text) {
        List<String> terms = QueryTerms.analyze(analyzer, text);
        Map<String, Query> queries = new LinkedHashMap<>();
        if (terms.isEmpty()) {
            return queries;
        }
        for (String field : IndexFields.TEXT_FIELD_BOOSTS.keySet()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            terms.forEach(term -> any.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.SHOULD));
            queries.put(field, any.build());
        }
        return queries;
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

    /** The item id, from doc values: cheaper than decompressing a stored-fields block per hit. */
    private static UUID id(IndexSearcher searcher, int doc) {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        try {
            BinaryDocValues ids = leaf.reader().getBinaryDocValues(IndexFields.ID);
            if (ids == null || !ids.advanceExact(doc - leaf.docBase)) {
                throw new IllegalStateException("document " + doc + " has no id");
            }
            BytesRef bytes = ids.binaryValue();
            return UuidBytes.toUuid(bytes.bytes, bytes.offset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text with no letter or digit (punctuation, symbols) gives the model nothing to embed. */
    private static boolean embeddable(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static OptionalInt rank(int rank) {
        return rank > 0 ? OptionalInt.of(rank) : OptionalInt.empty();
    }
}

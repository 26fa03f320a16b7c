package dev.interviewcopilot.server.retrieval;

import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.bank.SkillTaxonomy;
import dev.interviewcopilot.server.llm.TextEmbedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index of the bank's items, on disk under a directory named by a fingerprint of the bank's content,
 * the embedding model and the index format. When a directory with the same fingerprint exists, it is reused and
 * nothing is re-embedded; otherwise the index is built in a temporary directory and moved into place, so a crash
 * mid-build never leaves a half index that looks complete.
 *
 * <p>Items reviewers approve at run time ({@link #add}) go to a small in-memory index beside it, searched together
 * with it, so they are found at once without touching the fingerprinted directory. They live in the database and
 * are added again at every start.
 */
public final class QuestionIndex implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(QuestionIndex.class.getName());
    private static final String FINGERPRINT_KEY = "copilot.fingerprint";
    private static final int EMBEDDING_BATCH = 64;
    /** Held while an index is checked or built, so that processes sharing a data directory take turns. */
    private static final String LOCK_FILE = ".build.lock";

    private final Directory directory;
    private final SearcherManager searchers;
    private final Build build;
    private final TextEmbedder embedder;
    private final SkillTaxonomy skills;
    private final Directory reviewedDirectory = new ByteBuffersDirectory();
    private final IndexWriter reviewedWriter;
    private final SearcherManager reviewedSearchers;
    private volatile int reviewedCount;

    /**
     * How the index came to be.
     *
     * @param fingerprint what the index was built from
     * @param reused whether an existing index was opened rather than built
     * @param documents the number of documents
     * @param millis time spent opening or building
     */
    public record Build(String fingerprint, boolean reused, int documents, long millis) {}

    private QuestionIndex(
            Directory directory, SearcherManager searchers, Build build, TextEmbedder embedder, SkillTaxonomy skills)
            throws IOException {
        this.directory = directory;
        this.searchers = searchers;
        this.build = build;
        this.embedder = embedder;
        this.skills = skills;
        this.reviewedWriter = new IndexWriter(reviewedDirectory, new IndexWriterConfig(new EnglishAnalyzer()));
        this.reviewedSearchers = new SearcherManager(reviewedWriter, null);
    }

    /**
     * Opens the index for these items under {@code root}, building it first if no index with the same fingerprint
     * exists there. Indexes with other fingerprints are deleted. Several processes may share {@code root}: a
     * file lock makes them build in turn.
     */
    public static QuestionIndex open(Path root, SearchCorpus corpus, TextEmbedder embedder) {
        long started = System.nanoTime();
        String fingerprint = fingerprint(corpus.contentHash(), embedder.modelId());
        Path target = root.resolve(fingerprint);
        try {
            Files.createDirectories(root);
            boolean reused;
            // Instances that share a data directory build one at a time; the later ones reuse the first's index.
            try (FileChannel channel = FileChannel.open(
                            root.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock held = channel.lock()) {
                reused = isComplete(target, fingerprint);
                if (!reused) {
                    build(root, target, fingerprint, corpus, embedder);
                }
                deleteOthers(root, target);
            }
            Directory directory = FSDirectory.open(target);
            SearcherManager searchers = new SearcherManager(directory, null);
            long millis = (System.nanoTime() - started) / 1_000_000;
            int documents = withSearcher(searchers, s -> s.getIndexReader().numDocs());
            return new QuestionIndex(
                    directory, searchers, new Build(fingerprint, reused, documents, millis), embedder, corpus.skills());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open or build the search index in " + root, e);
        }
    }

    /** The text whose embedding represents an item in the index. */
    public static String embeddingText(QuestionItem item) {
        return QuestionDocuments.embeddingText(item);
    }

    /** How the index was opened. */
    public Build build() {
        return build;
    }

    /** Indexes an item a reviewer approved; searches find it as soon as this returns. */
    public synchronized void add(QuestionItem item) {
        try {
            float[] vector = embedder.embedAll(List.of(QuestionDocuments.embeddingText(item)))
                    .get(0);
            int ordinal = build.documents() + reviewedCount;
            reviewedWriter.updateDocument(
                    new Term(IndexFields.ID, item.id().toString()),
                    QuestionDocuments.document(item, ordinal, vector, skills));
            reviewedSearchers.maybeRefreshBlocking();
            reviewedCount++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index reviewed item " + item.id(), e);
        }
    }

    /**
     * Runs a function with an acquired searcher and releases it afterwards, whatever happens. With reviewed items,
     * the searcher spans both indexes.
     */
    <T> T withSearcher(Function<IndexSearcher, T> work) {
        if (reviewedCount == 0) {
            return withSearcher(searchers, work);
        }
        return withSearcher(
                searchers,
                base -> withSearcher(reviewedSearchers, reviewed -> {
                    try (MultiReader both = new MultiReader(
                            new IndexReader[] {base.getIndexReader(), reviewed.getIndexReader()}, false)) {
                        return work.apply(new IndexSearcher(both));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
    }

    private static <T> T withSearcher(SearcherManager searchers, Function<IndexSearcher, T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search index unavailable", e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            directory.close();
            reviewedSearchers.close();
            reviewedWriter.close();
            reviewedDirectory.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "closing the search index failed", e);
        }
    }

    static String fingerprint(String contentHash, String modelId) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String source = contentHash + "|" + modelId + "|format-" + IndexFields.FORMAT_VERSION;
            return HexFormat.of()
                    .formatHex(digest.digest(source.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static boolean isComplete(Path dir, String fingerprint) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Directory d = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(d)) {
                return false;
            }
            Map<String, String> userData = SegmentInfos.readLatestCommit(d).getUserData();
            return fingerprint.equals(userData.get(FINGERPRINT_KEY));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "ignoring an unreadable search index in " + dir + "; rebuilding it", e);
            return false;
        }
    }

    private static void build(Path root, Path target, String fingerprint, SearchCorpus corpus, TextEmbedder embedder)
            throws IOException {
        Path staging = root.resolve(fingerprint + ".building-" + UUID.randomUUID());
        try (Directory d = FSDirectory.open(staging);
                IndexWriter writer = new IndexWriter(d, new IndexWriterConfig(new EnglishAnalyzer()))) {
            List<QuestionItem> items = corpus.items();
            for (int start = 0; start < items.size(); start += EMBEDDING_BATCH) {
                List<QuestionItem> batch = items.subList(start, Math.min(items.size(), start + EMBEDDING_BATCH));
                List<float[]> vectors = embedder.embedAll(
                        batch.stream().map(QuestionDocuments::embeddingText).toList());
                for (int i = 0; i < batch.size(); i++) {
                    QuestionItem item = batch.get(i);
                    writer.updateDocument(
                            new Term(IndexFields.ID, item.id().toString()),
                            QuestionDocuments.document(item, start + i, vectors.get(i), corpus.skills()));
                }
            }
            writer.setLiveCommitData(Map.of(FINGERPRINT_KEY, fingerprint).entrySet());
            writer.forceMerge(1);
            writer.commit();
        }
        deleteTree(target);
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteOthers(Path root, Path keep) {
        try (Stream<Path> entries = Files.list(root)) {
            for (Path other : entries.filter(p -> !p.equals(keep) && !p.endsWith(LOCK_FILE))
                    .toList()) {
                deleteTree(other);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not remove old search indexes under " + root, e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.forEach(paths::add);
        }
        paths.sort(Comparator.reverseOrder());
        for (Path p : paths) {
            Files.deleteIfExists(p);
        }
    }
}

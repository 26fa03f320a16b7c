package dev.interviewcopilot.bench;

import dev.interviewcopilot.server.bank.BankLoader;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.llm.MiniLmEmbedder;
import dev.interviewcopilot.server.retrieval.QuestionIndex;
import java.nio.file.Path;

/**
 * Where benchmark data lives and how it is made: the synthetic corpus of a size, its Lucene index and its FTS5
 * database, each built once and reused by later forks and runs (the index by its fingerprint, the database by a
 * completion marker). Locations come from system properties the runner passes to each fork.
 */
final class BenchData {
    static final long SEED = 20261122L;
    /** Bumped when the corpus is generated differently, so cached indexes are not reused. */
    static final int CORPUS_VERSION = 1;

    private BenchData() {}

    static Path root() {
        return Path.of(System.getProperty("bench.data", "benchmarks/target/bench-data"));
    }

    static Path bankDir() {
        return Path.of(System.getProperty("bench.bank", "question-bank"));
    }

    static QuestionBank bank() {
        return BankLoader.create().load(bankDir());
    }

    static FragmentPool fragments() {
        return FragmentPool.of(bank(), root(), () -> MiniLmEmbedder.create(2));
    }

    static SyntheticCorpus corpus(int size) {
        return SyntheticCorpus.generate(size, SEED, fragments());
    }

    static String corpusId(int size) {
        return "synthetic-" + size + "-seed" + SEED + "-v" + CORPUS_VERSION;
    }

    static QuestionIndex luceneIndex(int size, SyntheticCorpus corpus) {
        return QuestionIndex.open(
                root().resolve("lucene-" + size),
                corpus.searchCorpus(corpusId(size)),
                new PrecomputedEmbedder(corpus.vectors()));
    }

    static Path fts5File(int size) {
        return root().resolve(corpusId(size) + ".fts5.db");
    }
}

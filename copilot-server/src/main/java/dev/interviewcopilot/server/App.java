package dev.interviewcopilot.server;

import dev.interviewcopilot.server.bank.BankLoader;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.catalog.CatalogService;
import dev.interviewcopilot.server.catalog.QuestionService;
import dev.interviewcopilot.server.llm.MiniLmEmbedder;
import dev.interviewcopilot.server.llm.TextEmbedder;
import dev.interviewcopilot.server.retrieval.QuestionIndex;
import dev.interviewcopilot.server.retrieval.QuestionSearch;
import dev.interviewcopilot.server.retrieval.SearchCorpus;
import io.helidon.health.HealthCheckResponse;
import java.util.logging.Logger;

/**
 * The composition root: builds every component with {@code new}/{@code create} in dependency order and closes what
 * it opened, in reverse. No container: the construction order below is the dependency graph.
 */
public final class App implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(App.class.getName());

    private final CopilotConfig config;
    private final QuestionBank bank;
    private final TextEmbedder embedder;
    private final QuestionIndex index;
    private final QuestionService questionService;
    private final CatalogService catalogService;

    private App(CopilotConfig config, QuestionBank bank, TextEmbedder embedder, QuestionIndex index) {
        this.config = config;
        this.bank = bank;
        this.embedder = embedder;
        this.index = index;
        QuestionSearch search = new QuestionSearch(index, embedder, config.search());
        this.questionService = new QuestionService(bank, search, config.limits());
        this.catalogService = new CatalogService(bank);
    }

    /**
     * Loads the bank, the embedding model and the search index.
     *
     * @throws dev.interviewcopilot.server.bank.BankValidationException if the bank has problems
     */
    public static App start(CopilotConfig config) {
        QuestionBank bank = BankLoader.create().load(config.bankDir());
        LOG.info(() -> "question bank " + config.bankDir() + ": " + bank.items().size() + " items ("
                + bank.activeItemCount() + " active), " + bank.competencies().size() + " competencies, "
                + bank.roleFamilies().size() + " role families");
        TextEmbedder embedder = MiniLmEmbedder.create(config.embeddingThreads());
        try {
            QuestionIndex index =
                    QuestionIndex.open(config.dataDir().resolve("index"), SearchCorpus.of(bank), embedder);
            QuestionIndex.Build build = index.build();
            LOG.info(() -> (build.reused() ? "reused" : "built") + " search index " + build.fingerprint() + " ("
                    + build.documents() + " documents) in " + build.millis() + " ms");
            return new App(config, bank, embedder, index);
        } catch (RuntimeException e) {
            embedder.close();
            throw e;
        }
    }

    CopilotConfig config() {
        return config;
    }

    QuestionService questionService() {
        return questionService;
    }

    CatalogService catalogService() {
        return catalogService;
    }

    /** Readiness: the bank is loaded and the index answers. */
    HealthCheckResponse health() {
        return HealthCheckResponse.builder()
                .status(true)
                .detail("items", bank.items().size())
                .detail("activeItems", bank.activeItemCount())
                .detail("indexedDocuments", index.build().documents())
                .detail("bankVersion", bank.contentHash())
                .detail("engine", "offline")
                .build();
    }

    @Override
    public void close() {
        index.close();
        embedder.close();
    }
}

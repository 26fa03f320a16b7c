package dev.interviewcopilot.server;

import dev.interviewcopilot.server.access.AccessPolicy;
import dev.interviewcopilot.server.access.AdminToken;
import dev.interviewcopilot.server.access.ApiTokens;
import dev.interviewcopilot.server.access.Authentication;
import dev.interviewcopilot.server.access.Owners;
import dev.interviewcopilot.server.access.RateLimiter;
import dev.interviewcopilot.server.assist.AnswerAnalyzer;
import dev.interviewcopilot.server.assist.GapDrafter;
import dev.interviewcopilot.server.assist.NoteDrafter;
import dev.interviewcopilot.server.assist.ProbeSuggester;
import dev.interviewcopilot.server.assist.RequirementExtractor;
import dev.interviewcopilot.server.audit.AuditRepository;
import dev.interviewcopilot.server.bank.BankLoader;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.catalog.CatalogService;
import dev.interviewcopilot.server.catalog.QuestionService;
import dev.interviewcopilot.server.compliance.ProtectedTopicLinter;
import dev.interviewcopilot.server.evals.EvalReportService;
import dev.interviewcopilot.server.evals.EvalRuns;
import dev.interviewcopilot.server.live.FollowUpService;
import dev.interviewcopilot.server.live.FollowUps;
import dev.interviewcopilot.server.live.InterviewService;
import dev.interviewcopilot.server.live.Interviews;
import dev.interviewcopilot.server.live.TranscriptFeed;
import dev.interviewcopilot.server.live.TranscriptService;
import dev.interviewcopilot.server.llm.GuardedModelGateway;
import dev.interviewcopilot.server.llm.MiniLmEmbedder;
import dev.interviewcopilot.server.llm.ModelGateway;
import dev.interviewcopilot.server.llm.PromptRegistry;
import dev.interviewcopilot.server.llm.RequestTap;
import dev.interviewcopilot.server.llm.TextEmbedder;
import dev.interviewcopilot.server.notes.NoteService;
import dev.interviewcopilot.server.notes.Notes;
import dev.interviewcopilot.server.notes.ScorecardService;
import dev.interviewcopilot.server.notes.Scorecards;
import dev.interviewcopilot.server.privacy.CandidateErasure;
import dev.interviewcopilot.server.privacy.CandidateService;
import dev.interviewcopilot.server.questionset.ItemSimilarity;
import dev.interviewcopilot.server.questionset.QuestionSetService;
import dev.interviewcopilot.server.questionset.QuestionSets;
import dev.interviewcopilot.server.retrieval.QuestionIndex;
import dev.interviewcopilot.server.retrieval.QuestionSearch;
import dev.interviewcopilot.server.retrieval.SearchCorpus;
import dev.interviewcopilot.server.store.Database;
import dev.interviewcopilot.server.store.Migrations;
import io.helidon.health.HealthCheckResponse;
import io.helidon.webserver.http.HttpService;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
    private final GuardedModelGateway gateway;
    private final Database database;
    private final QuestionService questionService;
    private final CatalogService catalogService;
    private final ProbeSuggester probes;
    private final NoteDrafter notes;
    private final RequirementExtractor requirements;
    private final List<HttpService> interviewServices;
    private final CandidateService candidateService;
    private final EvalReportService evalReportService;
    private final QuestionSetService questionSetService;
    private final QuestionSearch search;
    private final QuestionSets questionSets;
    private final ProtectedTopicLinter linter;
    private final PromptRegistry prompts;
    private final ApiTokens tokens;
    private final Authentication authentication;
    /**
     * How often this instance looks for reviewed items approved through another instance sharing the database:
     * the one piece of state each instance keeps in memory (its bank and index) that others can change.
     */
    static final Duration JOIN_REVIEWED_EVERY = Duration.ofSeconds(5);

    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("join-reviewed").unstarted(r));

    private App(
            CopilotConfig config,
            QuestionBank bank,
            TextEmbedder embedder,
            QuestionIndex index,
            PromptRegistry prompts,
            GuardedModelGateway gateway,
            Database database,
            Clock clock) {
        this.config = config;
        this.bank = bank;
        this.embedder = embedder;
        this.index = index;
        this.gateway = gateway;
        this.prompts = prompts;
        this.database = database;
        this.search = new QuestionSearch(index, embedder, config.search());
        this.questionService = new QuestionService(bank, search, config.limits());
        this.catalogService = new CatalogService(bank);
        this.linter = ProtectedTopicLinter.create(bank.protectedTopics());
        AnswerAnalyzer analyzer = new AnswerAnalyzer(embedder);
        this.probes = new ProbeSuggester(gateway, prompts, analyzer, linter);
        this.notes = new NoteDrafter(gateway, prompts, analyzer, linter, config.aiSuggestedRatings());
        this.requirements = new RequirementExtractor(bank, gateway, prompts, linter);
        AuditRepository trail = new AuditRepository(clock);
        this.questionSets = new QuestionSets(
                database,
                trail,
                bank,
                index,
                requirements,
                new GapDrafter(bank, gateway, prompts, linter),
                new ItemSimilarity(embedder),
                linter,
                clock);
        int reviewed = questionSets.joinReviewed();
        LOG.info(() -> reviewed + " reviewed items from the database joined the bank");
        background.scheduleWithFixedDelay(
                this::joinReviewed,
                JOIN_REVIEWED_EVERY.toMillis(),
                JOIN_REVIEWED_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        this.questionSetService = new QuestionSetService(questionSets, bank);
        TranscriptFeed feed = new TranscriptFeed();
        Interviews interviews = new Interviews(database, trail, linter, feed, clock);
        this.tokens = new ApiTokens(database, clock);
        Owners owners = (kind, id) -> switch (kind) {
            case INTERVIEW -> interviews.holders(id);
            case QUESTION_SET -> questionSets.holders(id);
        };
        CopilotConfig.AuthSettings auth = config.auth();
        this.authentication = new Authentication(
                tokens,
                new AccessPolicy(owners),
                new RateLimiter(auth.requestsPerMinute(), auth.burst(), clock),
                new RateLimiter(auth.failedPerMinute(), auth.failedPerMinute(), clock),
                auth.proxies());
        AdminToken.ensure(tokens, auth.adminTokenFile())
                .ifPresent(file -> LOG.info(() -> "first start: the admin API token is in " + file
                        + " (readable by this user only); sign in with it and issue more with 'copilot token create'"));
        Scorecards scorecards = new Scorecards(database, trail, bank, interviews, clock);
        Notes notes = new Notes(database, trail, bank, this.notes, linter, interviews, clock);
        this.interviewServices = List.of(
                new InterviewService(interviews, bank, questionSets, clock),
                new TranscriptService(interviews, feed, clock),
                new FollowUpService(new FollowUps(database, trail, bank, probes, interviews, clock)),
                new NoteService(notes, bank),
                new ScorecardService(scorecards, notes, bank, config.aiSuggestedRatings()));
        this.candidateService = new CandidateService(new CandidateErasure(database, trail, clock));
        this.evalReportService = new EvalReportService(new EvalRuns(config.evalRunsDir()));
    }

    /**
     * Loads the bank, the embedding model and the search index.
     *
     * @throws dev.interviewcopilot.server.bank.BankValidationException if the bank has problems
     * @throws dev.interviewcopilot.server.llm.PromptValidationException if a prompt file or pin has problems
     */
    public static App start(CopilotConfig config) {
        return start(config, RequestTap.NONE);
    }

    /**
     * Starts the components with every model request also shown, masked, to {@code tap} (the eval harness uses it
     * to check what reaches a model).
     */
    public static App start(CopilotConfig config, RequestTap tap) {
        QuestionBank bank = BankLoader.create().load(config.bankDir());
        LOG.info(() -> "question bank " + config.bankDir() + ": " + bank.items().size() + " items ("
                + bank.activeItemCount() + " active), " + bank.competencies().size() + " competencies, "
                + bank.roleFamilies().size() + " role families");
        CopilotConfig.ModelConfig model = config.model();
        PromptRegistry prompts = PromptRegistry.load(model.promptsDir(), model.pins());
        LOG.info(() -> "prompts in " + model.promptsDir() + ": "
                + model.pins().keySet().stream()
                        .map(id -> prompts.ref(id).toString())
                        .toList());
        LOG.info(() -> model.settings().configured()
                ? "model " + model.settings().describe() + " at "
                        + model.settings().baseUrl() + " (response cache "
                        + model.cache().name().toLowerCase(Locale.ROOT) + "); the offline engine answers when it cannot"
                : "no model configured: the offline engine answers every AI request");
        TextEmbedder embedder = MiniLmEmbedder.create(config.embeddingThreads());
        try {
            QuestionIndex index =
                    QuestionIndex.open(config.dataDir().resolve("index"), SearchCorpus.of(bank), embedder);
            QuestionIndex.Build build = index.build();
            LOG.info(() -> (build.reused() ? "reused" : "built") + " search index " + build.fingerprint() + " ("
                    + build.documents() + " documents) in " + build.millis() + " ms");
            Database database = Database.open(config.store(), Migrations.bundled());
            LOG.info(() -> "database " + database.describe() + " is open and migrated");
            try {
                GuardedModelGateway gateway = GuardedModelGateway.create(
                        model.settings(),
                        model.guard(),
                        model.recordings().orElse(config.dataDir().resolve("model-cache")),
                        model.cache(),
                        tap,
                        Clock.systemUTC());
                App app = new App(config, bank, embedder, index, prompts, gateway, database, Clock.systemUTC());
                ClassPreload.run();
                return app;
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
        } catch (RuntimeException e) {
            embedder.close();
            throw e;
        }
    }

    /** The loaded bank, for the eval harness. */
    public QuestionBank bank() {
        return bank;
    }

    /** Question sets from job descriptions, for the eval harness. */
    public QuestionSets questionSets() {
        return questionSets;
    }

    /** Hybrid search over the bank, for the eval harness. */
    public QuestionSearch search() {
        return search;
    }

    /** The protected-topic linter the service applies, for the eval harness. */
    public ProtectedTopicLinter linter() {
        return linter;
    }

    CopilotConfig config() {
        return config;
    }

    QuestionService questionService() {
        return questionService;
    }

    /** The model gateway, for the eval harness's judge. */
    public ModelGateway gateway() {
        return gateway;
    }

    /** The pinned prompts, for the eval harness's judge. */
    public PromptRegistry prompts() {
        return prompts;
    }

    /** Follow-up probes for the live interview, and for the eval harness. */
    public ProbeSuggester probes() {
        return probes;
    }

    /** Note drafts for the live interview, and for the eval harness. */
    public NoteDrafter notes() {
        return notes;
    }

    /** Requirements of a job description, for question sets. */
    RequirementExtractor requirements() {
        return requirements;
    }

    /** The live-interview, notes and scorecard services, all under {@code /v1/interviews}. */
    HttpService[] interviewServices() {
        return interviewServices.toArray(HttpService[]::new);
    }

    EvalReportService evalReportService() {
        return evalReportService;
    }

    QuestionSetService questionSetService() {
        return questionSetService;
    }

    /** API tokens, for the token command and the tests. */
    public ApiTokens tokens() {
        return tokens;
    }

    /** The filter that authenticates, rate-limits and authorizes every guarded request. */
    Authentication authentication() {
        return authentication;
    }

    CandidateService candidateService() {
        return candidateService;
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
                .detail("engine", gateway.configured() ? "llm" : "offline")
                .detail("model", gateway.model())
                .detail(
                        "modelCircuit",
                        gateway.configured() ? gateway.breakerState().name().toLowerCase(Locale.ROOT) : "n/a")
                .build();
    }

    private void joinReviewed() {
        try {
            int joined = questionSets.joinReviewed();
            if (joined > 0) {
                LOG.info(() -> joined + " reviewed items approved through another instance joined the bank");
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "could not look for reviewed items from other instances: " + e.getMessage());
        }
    }

    /** Readiness: the store answers; a load balancer takes an instance that cannot reach it out of rotation. */
    HealthCheckResponse storeHealth() {
        long started = System.nanoTime();
        boolean answers = database.answers();
        if (!answers) {
            // Only "unreachable" goes to this unauthenticated endpoint: the store's error can name the database host.
            LOG.warning(() -> "readiness: " + database.describe() + " does not answer");
        }
        return HealthCheckResponse.builder()
                .status(answers)
                .detail("store", database.dialect().id())
                .detail(
                        answers ? "millis" : "error",
                        answers ? (System.nanoTime() - started) / 1_000_000 : "unreachable")
                .build();
    }

    @Override
    public void close() {
        background.shutdownNow();
        gateway.close();
        database.close();
        index.close();
        embedder.close();
    }
}

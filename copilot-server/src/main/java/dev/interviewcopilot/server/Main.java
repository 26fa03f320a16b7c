package dev.interviewcopilot.server;

import dev.interviewcopilot.server.access.CallerService;
import dev.interviewcopilot.server.bank.BankValidationException;
import dev.interviewcopilot.server.http.ApiHeaders;
import dev.interviewcopilot.server.http.ErrorMapping;
import dev.interviewcopilot.server.http.OpenApiService;
import dev.interviewcopilot.server.http.RequestTracking;
import dev.interviewcopilot.server.llm.PromptValidationException;
import dev.interviewcopilot.server.logging.LogSetup;
import dev.interviewcopilot.server.web.WebAppService;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.health.HealthCheckType;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** Starts the service: configuration, then the application, then the web server; stops them in reverse. */
public final class Main {
    /** Environment variable naming an extra YAML configuration file, layered over the defaults. */
    static final String CONFIG_FILE_ENV = "COPILOT_CONFIG";

    private static final String LOG_MANAGER = "dev.interviewcopilot.server.logging.ShutdownSafeLogManager";

    private Main() {}

    public static void main(String[] args) {
        // By name, before any class that touches java.util.logging loads: the property is read only once.
        System.setProperty("java.util.logging.manager", LOG_MANAGER);
        Config config =
                config(Optional.ofNullable(System.getenv(CONFIG_FILE_ENV)).map(Path::of));
        CopilotConfig settings;
        try {
            settings = CopilotConfig.from(config);
        } catch (CopilotConfig.InvalidConfigException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (args.length > 0 && args[0].equals("token")) {
            System.exit(new TokenCommand(System.out, System.err)
                    .run(settings, List.of(args).subList(1, args.length)));
            return;
        }
        if (args.length > 0 && args[0].equals("store")) {
            System.exit(new StoreCommand(System.out, System.err)
                    .run(settings, List.of(args).subList(1, args.length)));
            return;
        }
        if (args.length > 0) {
            System.err.println("unknown arguments " + List.of(args) + "; the server takes none, 'token' manages API"
                    + " tokens and 'store' moves a SQLite database to PostgreSQL:\n" + TokenCommand.USAGE + "\n"
                    + StoreCommand.USAGE);
            System.exit(2);
            return;
        }
        LogSetup.configure(settings.logFormat(), settings.logLevel());
        App app;
        try {
            app = App.start(settings);
        } catch (BankValidationException | PromptValidationException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        WebServer server = start(config, app);
        Logger log = Logger.getLogger(Main.class.getName());
        if (!server.isRunning()) {
            // Helidon has logged the cause (typically the port is in use); say what to do about it.
            System.err.println("Interview Copilot could not listen on " + address(config)
                    + ". Is another process using the port? Choose another with SERVER_PORT=<port>.");
            app.close();
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, app, log), "shutdown"));
        log.info(() -> "Interview Copilot is listening on http://" + host(config) + ":" + server.port()
                + " (engine: " + (settings.model().settings().configured() ? "llm, offline fallback" : "offline")
                + ")");
    }

    private static String host(Config config) {
        return config.get("server.host").asString().orElse("127.0.0.1");
    }

    private static String address(Config config) {
        return host(config) + ":" + config.get("server.port").asString().orElse("8080");
    }

    /** Stops accepting connections, lets requests in flight finish, then closes what they used. */
    private static void stop(WebServer server, App app, Logger log) {
        log.info("stopping: requests in flight finish first");
        server.stop();
        app.close();
        log.info("stopped");
        LogSetup.shutdown();
    }

    /**
     * The configuration: environment variables and system properties first, then the optional file, then the
     * bundled {@code application.yaml} defaults.
     */
    static Config config(Optional<Path> file) {
        Config.Builder builder = Config.builder();
        file.ifPresent(path -> builder.addSource(ConfigSources.file(path)));
        return builder.addSource(ConfigSources.classpath("application.yaml")).build();
    }

    /**
     * Starts the web server for an application. Helidon's own shutdown hook is off: ours stops the server first,
     * letting in-flight requests finish, and only then closes the application they use.
     */
    static WebServer start(Config config, App app) {
        return WebServer.builder()
                .config(config.get("server"))
                .shutdownHook(false)
                .featuresDiscoverServices(false)
                .addFeature(observe(app))
                .directHandlers(ErrorMapping.directHandlers())
                .routing(routing -> routing(routing, app))
                .build()
                .start();
    }

    /** The routing table: one service per URL prefix, errors mapped in one place. Tests reuse it. */
    static void routing(HttpRouting.Builder routing, App app) {
        routing.addFilter(RequestTracking.create(app.config().accessLog()))
                .addFilter(new ApiHeaders())
                .addFilter(app.authentication())
                .register("/v1/me", new CallerService())
                .register("/v1/questions", app.questionService())
                .register("/v1/question-sets", app.questionSetService())
                .register("/v1/interviews", app.interviewServices())
                .register("/v1/candidates", app.candidateService())
                .register("/v1/eval", app.evalReportService())
                .register("/v1", app.catalogService())
                .register("/openapi", OpenApiService.create())
                .register("/", WebAppService.create());
        ErrorMapping.register(routing);
    }

    private static ObserveFeature observe(App app) {
        return ObserveFeature.builder()
                .observersDiscoverServices(false)
                .addObserver(HealthObserver.builder()
                        .details(true)
                        .useSystemServices(false)
                        .addCheck(app::health, HealthCheckType.READINESS, "question-bank")
                        .addCheck(app::storeHealth, HealthCheckType.READINESS, "store")
                        .build())
                .addObserver(MetricsObserver.create())
                .build();
    }
}

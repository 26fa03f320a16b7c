package dev.interviewcopilot.server;

import dev.interviewcopilot.server.access.ApiToken;
import dev.interviewcopilot.server.access.ApiTokens;
import dev.interviewcopilot.server.access.Role;
import dev.interviewcopilot.server.store.Database;
import dev.interviewcopilot.server.store.Migrations;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code copilot token create|list|revoke}: manages API tokens in the configured data directory's database,
 * whether or not the server is running (it opens the database, not the bank or the model). A new token is printed
 * once, on standard output alone so it can be piped; nothing else ever shows it.
 */
final class TokenCommand {
    static final String USAGE = """
            usage: copilot token create --name <who> --role <%s> [--label <note>]
                   copilot token list
                   copilot token revoke <token id>""".formatted(String.join(
            "|", Arrays.stream(Role.values()).map(Role::wireName).toList()));

    private final PrintStream out;
    private final PrintStream err;

    TokenCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the command; returns the process exit code (0 done, 1 not found, 2 usage). */
    int run(CopilotConfig config, List<String> args) {
        if (args.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        try (Database database = Database.open(config.store(), Migrations.bundled())) {
            ApiTokens tokens = new ApiTokens(database, Clock.systemUTC());
            List<String> rest = args.subList(1, args.size());
            return switch (args.get(0)) {
                case "create" -> create(tokens, rest);
                case "list" -> list(tokens, rest);
                case "revoke" -> revoke(tokens, rest);
                default -> usage("unknown token command '" + args.get(0) + "'");
            };
        }
    }

    private int create(ApiTokens tokens, List<String> args) {
        Optional<String> name = Optional.empty();
        Optional<String> role = Optional.empty();
        Optional<String> label = Optional.empty();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String flag = args.get(i);
            Optional<String> value = i + 1 < args.size() ? Optional.of(args.get(i + 1)) : Optional.empty();
            switch (flag) {
                case "--name" -> name = value;
                case "--role" -> role = value;
                case "--label" -> label = value;
                default -> {
                    unknown.add(flag);
                    continue;
                }
            }
            if (value.isEmpty()) {
                return usage(flag + " needs a value");
            }
            i++;
        }
        if (!unknown.isEmpty()) {
            return usage("unknown arguments " + unknown);
        }
        if (name.isEmpty() || role.isEmpty()) {
            return usage("--name and --role are required");
        }
        Optional<Role> parsed = Role.parse(role.get());
        if (parsed.isEmpty()) {
            return usage("--role must be one of " + Role.choices());
        }
        try {
            ApiTokens.Issued issued = tokens.issue(name.get(), parsed.get(), label);
            err.println("issued " + issued.token().id() + " to "
                    + issued.token().subject() + " as " + parsed.get().wireName() + "; it is shown only now:");
            out.println(issued.secret());
            return 0;
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
    }

    private int list(ApiTokens tokens, List<String> args) {
        if (!args.isEmpty()) {
            return usage("list takes no arguments");
        }
        out.printf("%-16s %-15s %-9s %-24s %s%n", "ID", "ROLE", "STATE", "CREATED", "NAME (LABEL)");
        for (ApiToken t : tokens.list()) {
            out.printf(
                    "%-16s %-15s %-9s %-24s %s%s%n",
                    t.id(),
                    t.role().wireName(),
                    t.active() ? "active" : "revoked",
                    t.createdAt(),
                    t.subject(),
                    t.label().map(l -> " (" + l + ")").orElse(""));
        }
        return 0;
    }

    private int revoke(ApiTokens tokens, List<String> args) {
        if (args.size() != 1) {
            return usage("revoke takes one token id (see 'copilot token list')");
        }
        if (!tokens.revoke(args.get(0))) {
            err.println("no active token has the id " + args.get(0));
            return 1;
        }
        err.println("revoked " + args.get(0) + "; running servers refuse it within a few seconds");
        return 0;
    }

    private int usage(String problem) {
        err.println("copilot token: " + problem);
        err.println(USAGE);
        return 2;
    }
}

package dev.interviewcopilot.server;

import java.io.PrintStream;
import java.util.List;

/** Lets tests in other packages run {@code copilot store} as the launcher would. */
public final class StoreCommands {
    private StoreCommands() {}

    public static int run(CopilotConfig config, List<String> args, PrintStream out, PrintStream err) {
        return new StoreCommand(out, err).run(config, args);
    }
}

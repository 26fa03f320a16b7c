package dev.interviewcopilot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The evaluation CLI. For now it knows {@code list}: the suites in {@code eval/suites}, each with its description
 * and number of cases. Running suites comes with the evaluation engine.
 */
public final class EvalCli {
    private static final String USAGE = """
            usage: eval <command>
              list    list the suites in eval/suites with their descriptions and case counts
              help    show this text
            """;

    private EvalCli() {}

    public static void main(String[] args) {
        System.exit(run(args, Path.of("eval", "suites"), System.out, System.err));
    }

    /** Runs a command; returns the process exit code (0 ok, 1 failure, 2 usage error). */
    static int run(String[] args, Path suites, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "help" : args[0];
        switch (command) {
            case "list" -> {
                return list(suites, out, err);
            }
            case "help", "-h", "--help" -> {
                out.print(USAGE);
                return 0;
            }
            default -> {
                err.println("eval: unknown command '" + command + "'");
                err.print(USAGE);
                return 2;
            }
        }
    }

    private static int list(Path suites, PrintStream out, PrintStream err) {
        List<Path> files;
        try (Stream<Path> entries = Files.isDirectory(suites) ? Files.list(suites) : Stream.empty()) {
            files = entries.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            err.println("eval: cannot read " + suites + ": " + e.getMessage());
            return 1;
        }
        if (files.isEmpty()) {
            out.println("no suites in " + suites);
            return 0;
        }
        YAMLMapper yaml = new YAMLMapper();
        int status = 0;
        for (Path file : files) {
            try {
                JsonNode suite = yaml.readTree(file.toFile());
                out.printf(
                        "%-32s %4d cases  %s%n",
                        file.getFileName(),
                        suite.path("tests").size(),
                        suite.path("description").asText(""));
            } catch (IOException e) {
                err.println("eval: " + file + ": not valid YAML: " + e.getMessage());
                status = 1;
            }
        }
        return status;
    }
}

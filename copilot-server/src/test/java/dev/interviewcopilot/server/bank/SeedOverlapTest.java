package dev.interviewcopilot.server.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.interviewcopilot.server.TestBank;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bank, the prompts, the evals and the README are written in the project's own words: no run of ten words
 * may repeat a seed document. The same rule as {@code ../shared/tools/seed-overlap}, run on every build where
 * the seeds sit beside the checkout (they are not part of the repository).
 */
class SeedOverlapTest {
    private static final int WORDS = 10;
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+(?:'[a-z]+)?");

    @Test
    void should_not_repeat_any_seed_passage_word_for_word() throws IOException {
        Path repository = TestBank.dir().getParent();
        Path seeds = repository.getParent().resolve("shared").resolve("seeds");
        assumeTrue(Files.isDirectory(seeds), "no seed documents beside the checkout at " + seeds);

        Set<String> seedGrams = new HashSet<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path seed : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                seedGrams.addAll(grams(Files.readString(seed, StandardCharsets.UTF_8)));
            }
        }
        List<String> repeats = new ArrayList<>();
        for (Path file : ownTexts(repository)) {
            for (String gram : grams(Files.readString(file, StandardCharsets.UTF_8))) {
                if (seedGrams.contains(gram)) {
                    repeats.add(repository.relativize(file) + ": \"" + gram + "\"");
                }
            }
        }

        assertThat(repeats).as("passages repeating a seed document").isEmpty();
    }

    private static List<Path> ownTexts(Path repository) throws IOException {
        List<Path> texts = new ArrayList<>();
        for (String dir : List.of("question-bank", "prompts", "eval")) {
            Path root = repository.resolve(dir);
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.toString().contains("/target/"))
                            .filter(p -> p.toString().matches(".*\\.(ya?ml|md|json|jsonl|txt)"))
                            .forEach(texts::add);
                }
            }
        }
        texts.add(repository.resolve("README.md"));
        return texts;
    }

    private static List<String> grams(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        List<String> grams = new ArrayList<>();
        for (int i = 0; i + WORDS <= words.size(); i++) {
            grams.add(String.join(" ", words.subList(i, i + WORDS)));
        }
        return grams;
    }
}

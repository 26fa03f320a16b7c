package dev.interviewcopilot.eval.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A suite is checked whole before anything runs, and every problem names the file, the case and the field. */
class SuiteLoaderTest {
    private static final CheckRules LINT = new CheckRules() {
        @Override
        public Set<String> checkTypes() {
            return Set.of("protected-topic", "no-protected-topic");
        }

        @Override
        public Optional<String> problem(Check check) {
            return check.type().equals("protected-topic")
                            && !check.value().asText().equals("age")
                    ? Optional.of("must be a topic id")
                    : Optional.empty();
        }
    };

    private final SuiteLoader loader = new SuiteLoader(Map.of("lint", LINT));

    @TempDir
    Path dir;

    @Test
    void should_load_a_valid_suite_with_its_thresholds() throws IOException {
        Path file = write("lint-mini", """
                id: lint-mini
                version: 2
                description: a small suite
                target: lint
                thresholds:
                  detected: ">= 1.0"
                  false-positive: "<= 0.05"
                tests:
                  - id: l-1
                    vars: {text: "How old are you?"}
                    assert: [{type: protected-topic, value: age}]
                  - id: l-2
                    vars: {text: "How do you age out cache entries?"}
                    assert: [{type: no-protected-topic}]
                """);

        Suite suite = loader.load(file);

        assertThat(suite.version()).isEqualTo(2);
        assertThat(suite.cases()).extracting(Case::id).containsExactly("l-1", "l-2");
        assertThat(suite.thresholds())
                .extracting(Threshold::toString)
                .containsExactly("detected >= 1.000", "false-positive <= 0.050");
        assertThat(suite.thresholds().get(1).passes(0.05)).isTrue();
        assertThat(suite.thresholds().get(1).passes(0.06)).isFalse();
    }

    @Test
    void should_report_every_problem_at_once() throws IOException {
        Path file = write("broken", """
                id: other-name
                version: 0
                target: lint
                colour: blue
                thresholds:
                  detected: "at least 1"
                tests:
                  - id: l-1
                    vars: {text: "a"}
                    assert: [{type: protected-topic, value: religion}]
                  - id: l-1
                    vars: "text"
                    assert: [{type: rating-suggested}]
                  - id: Bad Id
                    vars: {}
                    assert: []
                """);

        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOf(SuiteException.class)
                .satisfies(e -> assertThat(((SuiteException) e).problems())
                        .anyMatch(p -> p.contains("broken.yaml") && p.contains("unknown field 'colour'"))
                        .anyMatch(p -> p.contains("id: 'other-name' must match the file name"))
                        .anyMatch(p -> p.contains("version: must be a whole number"))
                        .anyMatch(p -> p.contains("thresholds.detected"))
                        .anyMatch(p -> p.contains("tests[0] (l-1): assert[0].value: must be a topic id"))
                        .anyMatch(p -> p.contains("tests[1] (l-1): id: 'l-1' is used twice"))
                        .anyMatch(p -> p.contains("tests[1] (l-1): vars: must be a mapping"))
                        .anyMatch(p -> p.contains("assert[0].type: 'rating-suggested' is not one of"))
                        .anyMatch(p -> p.contains("tests[2] (Bad Id): id: must be a lowercase slug"))
                        .anyMatch(p -> p.contains("tests[2] (Bad Id): assert: must list at least one")));
    }

    @Test
    void should_name_an_unknown_target() throws IOException {
        Path file = write("x", "id: x\nversion: 1\ntarget: vibes\ntests: [{id: a, vars: {}, assert: [{type: t}]}]\n");

        assertThatThrownBy(() -> loader.load(file)).hasMessageContaining("target: 'vibes' is not one of [lint]");
    }

    private Path write(String name, String yaml) throws IOException {
        return Files.writeString(dir.resolve(name + ".yaml"), yaml);
    }
}

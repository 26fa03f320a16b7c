package dev.interviewcopilot.server.compliance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Finds the spans of a text that touch protected topics. Immutable and thread-safe.
 *
 * <p>Matching is deliberately phrase-based ("how old are you", "marital status") rather than word-based, so that
 * technical text ("race condition", "health check", "child process") passes; each topic's {@code allow} patterns
 * carve out the remaining harmless phrases.
 */
public final class ProtectedTopicLinter {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final List<CompiledTopic> topics;

    private ProtectedTopicLinter(List<CompiledTopic> topics) {
        this.topics = topics;
    }

    /**
     * Compiles the topics' patterns.
     *
     * @throws IllegalArgumentException if a pattern is not a valid regular expression (check with
     *     {@link #patternProblem(String)} first to report it nicely)
     */
    public static ProtectedTopicLinter create(List<ProtectedTopic> topics) {
        return new ProtectedTopicLinter(
                topics.stream().map(CompiledTopic::compile).toList());
    }

    /** Why a pattern cannot be used, if it cannot. */
    public static Optional<String> patternProblem(String regex) {
        try {
            Pattern.compile(regex, FLAGS);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of("not a valid regular expression: " + e.getDescription() + " at index " + e.getIndex());
        }
    }

    /** Every finding in the text, in order of position. */
    public List<LintFinding> lint(String text) {
        String normalized = normalize(text);
        List<LintFinding> findings = new ArrayList<>();
        for (CompiledTopic topic : topics) {
            topic.findIn(text, normalized, findings);
        }
        findings.sort(Comparator.comparingInt(LintFinding::start));
        return findings;
    }

    /** Curly apostrophes become straight ones so that patterns need only one spelling; lengths are unchanged. */
    private static String normalize(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'');
    }

    private record CompiledTopic(ProtectedTopic topic, List<Pattern> patterns, List<Pattern> allow) {

        static CompiledTopic compile(ProtectedTopic topic) {
            return new CompiledTopic(
                    topic,
                    topic.patterns().stream()
                            .map(p -> Pattern.compile(p, FLAGS))
                            .toList(),
                    topic.allow().stream().map(p -> Pattern.compile(p, FLAGS)).toList());
        }

        void findIn(String original, String normalized, List<LintFinding> out) {
            for (Pattern pattern : patterns) {
                Matcher m = pattern.matcher(normalized);
                while (m.find()) {
                    if (m.end() > m.start() && !allowed(normalized, m.start(), m.end())) {
                        out.add(new LintFinding(
                                topic.id(),
                                topic.name(),
                                original.substring(m.start(), m.end()),
                                m.start(),
                                m.end(),
                                topic.alternative()));
                    }
                }
            }
        }

        private boolean allowed(String text, int start, int end) {
            for (Pattern exception : allow) {
                Matcher m = exception.matcher(text);
                while (m.find()) {
                    if (m.start() <= start && m.end() >= end) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}

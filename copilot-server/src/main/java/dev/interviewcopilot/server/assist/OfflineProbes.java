package dev.interviewcopilot.server.assist;

import dev.interviewcopilot.server.bank.KeyPoint;
import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.bank.RubricBand;
import dev.interviewcopilot.server.compliance.ProtectedTopicLinter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The offline engine's probes: the bank's own curated questions, chosen for what the answer has not shown. In
 * order: the first missing key point, the strongest red flag the answer touched (so the candidate gets a fair
 * chance to clarify), the other missing key points, other red flags, key points shown only in part, and, when
 * every key point is covered, the item's follow-ups aimed at its top rubric band. Never a question already asked;
 * never one the protected-topic linter flags. Deterministic for the same input.
 */
final class OfflineProbes {
    private static final int WHY_LENGTH = 300;

    private final AnswerAnalyzer analyzer;
    private final ProtectedTopicLinter linter;

    OfflineProbes(AnswerAnalyzer analyzer, ProtectedTopicLinter linter) {
        this.analyzer = analyzer;
        this.linter = linter;
    }

    /**
     * Picks up to {@code max} probes.
     *
     * @param taken targets already served (by the model, when the offline engine fills in after it)
     */
    List<Probe> pick(QuestionItem item, AnswerAnalysis analysis, Repeats asked, Set<ProbeTarget> taken, int max) {
        Picking picking = new Picking(asked, taken, max);
        List<AnswerAnalysis.PointCoverage> missing = withCoverage(analysis, AnswerAnalysis.Coverage.MISSING);
        List<AnswerAnalysis.FlagSignal> flags = analysis.redFlags().stream()
                .filter(AnswerAnalysis.FlagSignal::touched)
                .sorted(Comparator.comparingDouble(AnswerAnalysis.FlagSignal::similarity)
                        .reversed())
                .toList();
        missing.stream().limit(1).forEach(p -> picking.add(keyPointProbe(p, "Not covered yet: ")));
        flags.stream().limit(1).forEach(f -> flagProbe(item, analysis, f, picking));
        missing.stream().skip(1).forEach(p -> picking.add(keyPointProbe(p, "Not covered yet: ")));
        flags.stream().skip(1).forEach(f -> flagProbe(item, analysis, f, picking));
        withCoverage(analysis, AnswerAnalysis.Coverage.PARTIAL)
                .forEach(p -> picking.add(keyPointProbe(p, "Only partly covered: ")));
        if (missing.isEmpty()) {
            topBand(item)
                    .ifPresent(band -> item.followUps()
                            .forEach(q -> picking.add(new Probe(
                                    q,
                                    new ProbeTarget(ProbeTarget.Kind.RUBRIC_LEVEL, band.scores()),
                                    shorten("The key points are covered; this looks for the " + band.scores()
                                            + " level: " + band.descriptor()),
                                    Probe.Source.BANK))));
        }
        return picking.probes;
    }

    private static List<AnswerAnalysis.PointCoverage> withCoverage(
            AnswerAnalysis analysis, AnswerAnalysis.Coverage coverage) {
        return analysis.keyPoints().stream()
                .filter(p -> p.coverage() == coverage)
                .toList();
    }

    private static Probe keyPointProbe(AnswerAnalysis.PointCoverage coverage, String why) {
        KeyPoint point = coverage.point();
        return new Probe(
                point.probe(),
                new ProbeTarget(ProbeTarget.Kind.KEY_POINT, point.id()),
                shorten(why + point.point()),
                Probe.Source.BANK);
    }

    /**
     * A red flag has no curated probe of its own: the closest curated question (a key point's probe for a point not
     * yet covered, or a follow-up) lets the candidate show whether the flag holds.
     */
    private void flagProbe(
            QuestionItem item, AnswerAnalysis analysis, AnswerAnalysis.FlagSignal flag, Picking picking) {
        List<String> curated = new ArrayList<>();
        analysis.keyPoints().stream()
                .filter(p -> p.coverage() != AnswerAnalysis.Coverage.COVERED)
                .forEach(p -> curated.add(p.point().probe()));
        curated.addAll(item.followUps());
        float[] target =
                analyzer.bankVector(flag.flag().flag() + " " + flag.flag().soundsLike());
        curated.stream()
                .filter(picking::usable)
                .max(Comparator.comparingDouble(q -> AnswerAnalyzer.dot(target, analyzer.bankVector(q))))
                .ifPresent(q -> picking.add(new Probe(
                        q,
                        new ProbeTarget(ProbeTarget.Kind.RED_FLAG, flag.flag().id()),
                        shorten("The answer sounded like a red flag ("
                                + flag.flag().flag() + "); a chance for the candidate to clarify."),
                        Probe.Source.BANK)));
    }

    private static Optional<RubricBand> topBand(QuestionItem item) {
        return item.rubric().stream().max(Comparator.comparingInt(RubricBand::max));
    }

    static String shorten(String text) {
        return shorten(text, WHY_LENGTH);
    }

    /** The text cut at a word boundary to at most {@code length} characters, with an ellipsis when cut. */
    static String shorten(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int cut = text.lastIndexOf(' ', length - 1);
        return text.substring(0, cut > 0 ? cut : length - 1) + "…";
    }

    /** The probes chosen so far, and what rules out the next. */
    private final class Picking {
        private final List<Probe> probes = new ArrayList<>();
        private final Set<ProbeTarget> targets;
        private final int max;
        private Repeats asked;

        Picking(Repeats asked, Set<ProbeTarget> taken, int max) {
            this.asked = asked;
            this.targets = new HashSet<>(taken);
            this.max = max;
        }

        boolean usable(String question) {
            return !asked.repeats(question) && linter.lint(question).isEmpty();
        }

        void add(Probe probe) {
            if (probes.size() < max && !targets.contains(probe.target()) && usable(probe.text())) {
                probes.add(probe);
                targets.add(probe.target());
                asked = asked.plus(probe.text());
            }
        }
    }
}

package dev.interviewcopilot.server.assist;

import dev.interviewcopilot.server.bank.KeyPoint;
import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.bank.RedFlag;
import dev.interviewcopilot.server.llm.RecentVectors;
import dev.interviewcopilot.server.llm.TextEmbedder;
import dev.interviewcopilot.server.retrieval.TextTerms;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The offline engine's reading of an answer: which key points it covers and which red flags it brushes against.
 *
 * <p>A key point's score is the best cosine similarity between the point and one sentence of the answer (MiniLM,
 * in process) plus {@link #LEXICAL_WEIGHT} times the share of the point's <em>distinctive</em> terms the answer
 * uses: its stemmed content words that the question itself does not contain, so that repeating the question earns
 * nothing. Similarity alone misreads long key points (a weak answer that talks about the same subject scores as
 * high as a strong one); distinctive words alone miss paraphrase. A red flag is touched when a sentence resembles
 * the flag or how it sounds in an interview. The thresholds were chosen on the hand-labelled answers in
 * {@code src/test/resources/offline/answers.yaml} and are checked against its hold-out answers by
 * AnswerAnalyzerTest. Sentences that speak to the assessment rather than about the work ({@link MetaTalk}) are
 * not read at all. Deterministic for the same input; bank texts are embedded once and kept.
 */
public final class AnswerAnalyzer {
    /** Weight of the distinctive-term share in a key point's score. */
    static final double LEXICAL_WEIGHT = 1.5;
    /** Score at which an answer states a key point. */
    static final double COVERED = 0.78;
    /** Score at which an answer touches a key point without showing it. */
    static final double PARTIAL = 0.68;
    /** Cosine at which a sentence sounds like a red flag; no hand-labelled answer without the flag reaches it. */
    static final double FLAG = 0.65;

    /** Sentences remembered: a few minutes of 50 live interviews. */
    static final int RECENT_SENTENCES = 8192;

    private final TextEmbedder embedder;
    private final RecentVectors sentenceVectors;
    private final Map<String, float[]> bankVectors = new ConcurrentHashMap<>();

    public AnswerAnalyzer(TextEmbedder embedder) {
        this.embedder = embedder;
        this.sentenceVectors = new RecentVectors(embedder, RECENT_SENTENCES);
    }

    /** Reads an answer against its question. */
    public AnswerAnalysis analyze(QuestionItem item, List<AnswerSegment> answer) {
        List<Sentence> sentences = answer.stream()
                .flatMap(s -> Sentence.of(s).stream())
                .filter(s -> !MetaTalk.in(s.text()))
                .toList();
        List<float[]> vectors = sentences.isEmpty()
                ? List.of()
                : sentenceVectors.of(sentences.stream().map(Sentence::text).toList());
        Set<String> answerTerms = new HashSet<>(TextTerms.of(
                String.join(" ", sentences.stream().map(Sentence::text).toList())));
        Set<String> questionTerms = new HashSet<>(TextTerms.of(item.question()));
        List<AnswerAnalysis.PointCoverage> points = new ArrayList<>();
        for (KeyPoint point : item.keyPoints()) {
            points.add(coverage(point, questionTerms, sentences, vectors, answerTerms));
        }
        List<AnswerAnalysis.FlagSignal> flags = new ArrayList<>();
        for (RedFlag flag : item.redFlags()) {
            flags.add(signal(flag, sentences, vectors));
        }
        return new AnswerAnalysis(points, flags);
    }

    private AnswerAnalysis.PointCoverage coverage(
            KeyPoint point,
            Set<String> questionTerms,
            List<Sentence> sentences,
            List<float[]> vectors,
            Set<String> answerTerms) {
        Best best = best(bankVector(point.point()), sentences, vectors);
        List<String> distinctive = TextTerms.of(point.point()).stream()
                .filter(term -> !questionTerms.contains(term))
                .toList();
        double lexical = distinctive.isEmpty()
                ? 0
                : (double) distinctive.stream().filter(answerTerms::contains).count() / distinctive.size();
        double score = best.similarity() + LEXICAL_WEIGHT * lexical;
        AnswerAnalysis.Coverage coverage;
        if (score >= COVERED) {
            coverage = AnswerAnalysis.Coverage.COVERED;
        } else if (score >= PARTIAL) {
            coverage = AnswerAnalysis.Coverage.PARTIAL;
        } else {
            coverage = AnswerAnalysis.Coverage.MISSING;
        }
        Optional<Sentence> evidence = coverage == AnswerAnalysis.Coverage.MISSING ? Optional.empty() : best.sentence();
        return new AnswerAnalysis.PointCoverage(point, coverage, best.similarity(), lexical, evidence);
    }

    private AnswerAnalysis.FlagSignal signal(RedFlag flag, List<Sentence> sentences, List<float[]> vectors) {
        Best asFlag = best(bankVector(flag.flag()), sentences, vectors);
        Best asSaid = best(bankVector(flag.soundsLike()), sentences, vectors);
        Best best = asSaid.similarity() >= asFlag.similarity() ? asSaid : asFlag;
        boolean touched = best.similarity() >= FLAG;
        return new AnswerAnalysis.FlagSignal(
                flag, touched, best.similarity(), touched ? best.sentence() : Optional.empty());
    }

    private record Best(double similarity, Optional<Sentence> sentence) {}

    private static Best best(float[] target, List<Sentence> sentences, List<float[]> vectors) {
        double best = 0;
        Optional<Sentence> at = Optional.empty();
        for (int i = 0; i < sentences.size(); i++) {
            double similarity = dot(target, vectors.get(i));
            if (similarity > best) {
                best = similarity;
                at = Optional.of(sentences.get(i));
            }
        }
        return new Best(best, at);
    }

    /** The embedding of a bank text, computed once. */
    float[] bankVector(String text) {
        return bankVectors.computeIfAbsent(text, embedder::embed);
    }

    /** Cosine similarity of two normalised embeddings. */
    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}

package dev.interviewcopilot.bench;

import dev.interviewcopilot.server.bank.ItemStatus;
import dev.interviewcopilot.server.bank.KeyPoint;
import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.bank.QuestionType;
import dev.interviewcopilot.server.bank.RedFlag;
import dev.interviewcopilot.server.bank.RubricBand;
import dev.interviewcopilot.server.bank.SkillTaxonomy;
import dev.interviewcopilot.server.retrieval.QuestionIndex;
import dev.interviewcopilot.server.retrieval.SearchCorpus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * A deterministic corpus of {@code size} items assembled from bank fragments, each item's vector the normalised
 * sum of its fragments' real embeddings plus a little noise, and a set of queries (phrases cut from fragments)
 * with vectors made the same way. Embedding 100k texts would take minutes and measure ONNX, not the index; this
 * keeps the index workload realistic and the run short. Query embedding is measured on its own.
 *
 * @param items the items, all active
 * @param vectors the vector of each item's embedding text, and of each query
 * @param queries search queries, lower case
 * @param skills the taxonomy the items' tags resolve against
 */
record SyntheticCorpus(
        List<QuestionItem> items, Map<String, float[]> vectors, List<String> queries, SkillTaxonomy skills) {
    private static final String[] CONTEXTS = {
        "for a payments platform",
        "in a logistics company",
        "for a ride-hailing app",
        "at a video streaming service",
        "for an online marketplace",
        "in a banking core system",
        "for a healthcare scheduling tool",
        "at a travel booking site",
        "for an ad-tech bidder",
        "in a game backend",
        "for an IoT fleet",
        "at a news publisher",
        "for a SaaS billing system",
        "in a search engine",
        "for a chat product",
        "at a food delivery startup",
        "for an insurance claims flow",
        "in a telecom network",
        "for a ticketing system",
        "at a retail chain"
    };
    private static final String[] SCALES = {
        "at ten requests a second", "at a thousand requests a second", "with a million users", "across three regions",
        "with a team of five", "under a strict deadline", "with legacy constraints", "on a tight budget"
    };
    private static final List<String> SENIORITY = List.of("junior", "mid", "senior", "staff");
    private static final List<String> ROLES = List.of("backend", "full-stack", "data-engineering", "sre-platform");
    private static final List<String> COMPETENCIES = List.of(
            "system-design",
            "distributed-systems",
            "data-storage",
            "api-design",
            "reliability-operations",
            "performance-scalability",
            "security-privacy",
            "coding-fundamentals");
    private static final int QUERY_COUNT = 256;
    private static final double NOISE = 0.02;

    static SyntheticCorpus generate(int size, long seed, FragmentPool pool) {
        Random random = new Random(seed);
        Map<String, float[]> vectors = new HashMap<>();
        List<QuestionItem> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            QuestionItem item = item(i, random, pool, vectors);
            items.add(item);
        }
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < QUERY_COUNT; i++) {
            FragmentPool.Fragment f = pick(random, random.nextBoolean() ? pool.points() : pool.questions());
            String query = phrase(f.text(), random);
            queries.add(query);
            vectors.put(query, noisy(f.vector(), random));
        }
        return new SyntheticCorpus(List.copyOf(items), vectors, List.copyOf(queries), pool.skills());
    }

    /** The corpus as the index takes it, under an id that names the generated content. */
    SearchCorpus searchCorpus(String contentId) {
        return new SearchCorpus(items, skills, contentId);
    }

    private static QuestionItem item(int i, Random random, FragmentPool pool, Map<String, float[]> vectors) {
        FragmentPool.Fragment question = pick(random, pool.questions());
        String questionText = question.text() + " Consider it " + CONTEXTS[random.nextInt(CONTEXTS.length)] + " "
                + SCALES[random.nextInt(SCALES.length)] + ".";
        List<FragmentPool.Fragment> used = new ArrayList<>(List.of(question));
        List<KeyPoint> points = new ArrayList<>();
        for (int k = 0; k < 3 + random.nextInt(3); k++) {
            FragmentPool.Fragment p = pick(random, pool.points());
            used.add(p);
            points.add(new KeyPoint("kp-" + k, p.text(), "Can you say more about that?"));
        }
        List<RedFlag> flags = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            FragmentPool.Fragment f = pick(random, pool.flags());
            flags.add(new RedFlag("rf-" + r, f.text(), "That would be fine."));
        }
        QuestionItem item = new QuestionItem(
                new UUID(0xB00C_0000_0000_0000L, i),
                ItemStatus.ACTIVE,
                List.of(),
                List.of(ROLES.get(random.nextInt(ROLES.size()))),
                SENIORITY.subList(random.nextInt(2), 4),
                COMPETENCIES.get(random.nextInt(COMPETENCIES.size())),
                QuestionType.TECHNICAL,
                questionText,
                "Whether the candidate can reason about the trade-offs of this design.",
                points,
                flags,
                RUBRIC,
                List.of("What would you change first?"),
                15,
                List.of(pick(random, pool.tags()), pick(random, pool.tags())).stream()
                        .distinct()
                        .toList(),
                Optional.empty());
        vectors.put(QuestionIndex.embeddingText(item), sum(used, random));
        return item;
    }

    private static final List<RubricBand> RUBRIC = List.of(
            new RubricBand("1-3", "Misses the main risk."), new RubricBand("4-6", "Sees the risk, partial answer."),
            new RubricBand("7-8", "Sound answer with trade-offs."), new RubricBand("9-10", "Thorough and measured."));

    /** Three to six consecutive words of a sentence, as an interviewer might type them. */
    private static String phrase(String text, Random random) {
        String[] words = text.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9 ]", " ")
                .trim()
                .split("\\s+");
        int length = Math.min(words.length, 3 + random.nextInt(4));
        int start = random.nextInt(Math.max(1, words.length - length + 1));
        return String.join(" ", Arrays.copyOfRange(words, start, start + length));
    }

    private static float[] sum(List<FragmentPool.Fragment> fragments, Random random) {
        float[] v = new float[fragments.get(0).vector().length];
        for (FragmentPool.Fragment f : fragments) {
            for (int d = 0; d < v.length; d++) {
                v[d] += f.vector()[d];
            }
        }
        return noisy(v, random);
    }

    private static float[] noisy(float[] vector, Random random) {
        float[] v = vector.clone();
        double norm = 0;
        for (int d = 0; d < v.length; d++) {
            v[d] += (float) (random.nextGaussian() * NOISE);
            norm += v[d] * v[d];
        }
        float inverse = (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < v.length; d++) {
            v[d] *= inverse;
        }
        return v;
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}

package dev.interviewcopilot.bench;

import dev.interviewcopilot.server.bank.KeyPoint;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.bank.RedFlag;
import dev.interviewcopilot.server.bank.SkillTaxonomy;
import dev.interviewcopilot.server.llm.TextEmbedder;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The sentences of the real bank (questions, key points, red flags) with their real MiniLM embeddings: the
 * material synthetic items are assembled from, so that a synthetic corpus has the bank's vocabulary and its
 * semantic structure. Embeddings are cached on disk by bank hash, so only the first run loads the model.
 *
 * @param questions question sentences with their vectors
 * @param points key-point sentences with their vectors
 * @param flags red-flag sentences with their vectors
 * @param tags every tag of the bank
 * @param skills the bank's skill taxonomy, which the tags resolve against
 */
record FragmentPool(
        List<Fragment> questions,
        List<Fragment> points,
        List<Fragment> flags,
        List<String> tags,
        SkillTaxonomy skills) {

    record Fragment(String text, float[] vector) {}

    static FragmentPool of(QuestionBank bank, Path cacheDir, Supplier<TextEmbedder> embedder) {
        List<String> questions = new ArrayList<>();
        List<String> points = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (QuestionItem item : bank.items()) {
            questions.add(item.question());
            item.keyPoints().stream().map(KeyPoint::point).forEach(points::add);
            item.redFlags().stream().map(RedFlag::flag).forEach(flags::add);
            item.tags().stream().filter(t -> !tags.contains(t)).forEach(tags::add);
        }
        List<String> all = new ArrayList<>(questions);
        all.addAll(points);
        all.addAll(flags);
        List<float[]> vectors = cachedVectors(
                all, cacheDir.resolve("fragments-" + bank.contentHash().substring(0, 16) + ".bin"), embedder);
        return new FragmentPool(
                fragments(questions, vectors, 0),
                fragments(points, vectors, questions.size()),
                fragments(flags, vectors, questions.size() + points.size()),
                List.copyOf(tags),
                bank.skills());
    }

    private static List<Fragment> fragments(List<String> texts, List<float[]> vectors, int offset) {
        List<Fragment> fragments = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            fragments.add(new Fragment(texts.get(i), vectors.get(offset + i)));
        }
        return List.copyOf(fragments);
    }

    private static List<float[]> cachedVectors(List<String> texts, Path cache, Supplier<TextEmbedder> embedder) {
        try {
            if (Files.exists(cache)) {
                return read(cache, texts.size());
            }
            List<float[]> vectors;
            try (TextEmbedder model = embedder.get()) {
                vectors = model.embedAll(texts);
            }
            Files.createDirectories(cache.getParent());
            Path partial = cache.resolveSibling(cache.getFileName() + ".partial");
            try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(partial))) {
                out.writeInt(vectors.size());
                out.writeInt(vectors.get(0).length);
                for (float[] v : vectors) {
                    for (float x : v) {
                        out.writeFloat(x);
                    }
                }
            }
            Files.move(partial, cache);
            return vectors;
        } catch (IOException e) {
            throw new UncheckedIOException("fragment vectors cache " + cache, e);
        }
    }

    private static List<float[]> read(Path cache, int expected) throws IOException {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(cache))) {
            int count = in.readInt();
            int dims = in.readInt();
            if (count != expected) {
                throw new IOException("cache holds " + count + " vectors, expected " + expected);
            }
            List<float[]> vectors = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                float[] v = new float[dims];
                for (int d = 0; d < dims; d++) {
                    v[d] = in.readFloat();
                }
                vectors.add(v);
            }
            return vectors;
        }
    }
}

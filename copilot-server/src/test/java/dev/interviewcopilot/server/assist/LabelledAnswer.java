package dev.interviewcopilot.server.assist;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One hand-labelled answer from {@code offline/answers.yaml}.
 *
 * @param item the question it answers
 * @param name a short name for reports
 * @param set {@code calibration} or {@code holdout}
 * @param text the answer
 * @param keyPoints the coverage a careful interviewer would mark, per key point id
 * @param redFlags the red flags the answer shows
 */
record LabelledAnswer(
        UUID item,
        String name,
        String set,
        String text,
        Map<String, AnswerAnalysis.Coverage> keyPoints,
        Set<String> redFlags) {

    static List<LabelledAnswer> load() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = LabelledAnswer.class.getResourceAsStream("/offline/answers.yaml")) {
            JsonNode root = yaml.readTree(in);
            return root.get("answers").valueStream().map(LabelledAnswer::of).toList();
        }
    }

    private static LabelledAnswer of(JsonNode node) {
        Map<String, AnswerAnalysis.Coverage> points = new java.util.LinkedHashMap<>();
        node.get("keyPoints")
                .properties()
                .forEach(e -> points.put(
                        e.getKey(),
                        AnswerAnalysis.Coverage.valueOf(e.getValue().asText().toUpperCase(Locale.ROOT))));
        return new LabelledAnswer(
                UUID.fromString(node.get("item").asText()),
                node.get("name").asText(),
                node.get("set").asText(),
                node.get("text").asText(),
                points,
                Set.copyOf(
                        node.get("redFlags").valueStream().map(JsonNode::asText).toList()));
    }
}

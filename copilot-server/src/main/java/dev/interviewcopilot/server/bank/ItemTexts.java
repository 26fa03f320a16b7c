package dev.interviewcopilot.server.bank;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every text of an item a person reads or says aloud, by field path ({@code keyPoints[2].probe}): what the
 * protected-topic linter checks, whether the item is curated, drafted or in a plan.
 */
public final class ItemTexts {
    private ItemTexts() {}

    public static Map<String, String> of(QuestionItem item) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("question", item.question());
        texts.put("evaluates", item.evaluates());
        for (int i = 0; i < item.keyPoints().size(); i++) {
            texts.put("keyPoints[" + i + "].point", item.keyPoints().get(i).point());
            texts.put("keyPoints[" + i + "].probe", item.keyPoints().get(i).probe());
        }
        for (int i = 0; i < item.redFlags().size(); i++) {
            texts.put("redFlags[" + i + "].flag", item.redFlags().get(i).flag());
            texts.put("redFlags[" + i + "].soundsLike", item.redFlags().get(i).soundsLike());
        }
        for (int i = 0; i < item.rubric().size(); i++) {
            texts.put("rubric[" + i + "].descriptor", item.rubric().get(i).descriptor());
        }
        for (int i = 0; i < item.followUps().size(); i++) {
            texts.put("followUps[" + i + "]", item.followUps().get(i));
        }
        texts.put("tags", String.join(" ", item.tags()));
        return texts;
    }
}

package dev.interviewcopilot.server.retrieval;

import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.bank.SkillTaxonomy;
import java.util.List;

/**
 * What the index is built from: the items, the taxonomy their tags resolve against (so a search for "service
 * level objectives" finds items tagged {@code slo}), and a hash that changes whenever either does.
 *
 * @param items the items to index, active and retired
 * @param skills the skill taxonomy
 * @param contentHash a hash of the items' and taxonomy's source
 */
public record SearchCorpus(List<QuestionItem> items, SkillTaxonomy skills, String contentHash) {

    public SearchCorpus {
        items = List.copyOf(items);
    }

    /** The whole bank. */
    public static SearchCorpus of(QuestionBank bank) {
        return new SearchCorpus(bank.items(), bank.skills(), bank.contentHash());
    }
}

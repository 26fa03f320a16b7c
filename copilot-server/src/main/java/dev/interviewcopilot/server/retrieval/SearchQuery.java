package dev.interviewcopilot.server.retrieval;

import dev.interviewcopilot.server.bank.ItemStatus;
import dev.interviewcopilot.server.bank.QuestionType;
import java.util.Optional;

/**
 * A search over the bank.
 *
 * @param text free text; blank to browse by filters alone (results then come in bank order)
 * @param role role family id to require
 * @param seniority seniority level id to require
 * @param competency competency id to require
 * @param type question type to require
 * @param status item status to require; empty for any (retired items are excluded by default)
 * @param limit the most results to return
 * @param mode which retrievers to use
 */
public record SearchQuery(
        String text,
        Optional<String> role,
        Optional<String> seniority,
        Optional<String> competency,
        Optional<QuestionType> type,
        Optional<ItemStatus> status,
        int limit,
        SearchMode mode) {

    /** A hybrid search over active items with no other filter. */
    public static SearchQuery of(String text, int limit) {
        return new SearchQuery(
                text,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(ItemStatus.ACTIVE),
                limit,
                SearchMode.HYBRID);
    }

    /** The same query in another mode. */
    public SearchQuery withMode(SearchMode newMode) {
        return new SearchQuery(text, role, seniority, competency, type, status, limit, newMode);
    }
}

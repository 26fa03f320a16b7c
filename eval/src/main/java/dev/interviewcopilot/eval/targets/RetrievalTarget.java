package dev.interviewcopilot.eval.targets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interviewcopilot.eval.check.CaseResult;
import dev.interviewcopilot.eval.check.CheckResult;
import dev.interviewcopilot.eval.suite.Case;
import dev.interviewcopilot.eval.suite.Check;
import dev.interviewcopilot.server.bank.ItemStatus;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.retrieval.QuestionSearch;
import dev.interviewcopilot.server.retrieval.SearchHit;
import dev.interviewcopilot.server.retrieval.SearchMode;
import dev.interviewcopilot.server.retrieval.SearchQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Search quality: each case's query (with an optional role filter) runs through the service's own search in all
 * three modes, and its {@code relevance} assertion (item id to grade) yields nDCG@10, recall@10 and MRR per mode. A
 * case passes when a hybrid search ranks an item graded 2 in its top 10.
 */
public final class RetrievalTarget implements Target {
    static final int K = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final QuestionBank bank;
    private final QuestionSearch search;

    public RetrievalTarget(QuestionBank bank, QuestionSearch search) {
        this.bank = bank;
        this.search = search;
    }

    @Override
    public String name() {
        return "retrieval";
    }

    @Override
    public Set<String> checkTypes() {
        return Set.of("relevance");
    }

    @Override
    public Optional<String> problem(Check check) {
        if (!check.value().isObject() || check.value().isEmpty()) {
            return Optional.of("must map bank item ids to grades 1 or 2");
        }
        List<String> problems = new ArrayList<>();
        boolean answer = false;
        for (Map.Entry<String, JsonNode> e : iterable(check.value())) {
            try {
                if (bank.item(UUID.fromString(e.getKey()))
                        .filter(QuestionItem::active)
                        .isEmpty()) {
                    problems.add(e.getKey() + " is not an active bank item");
                }
            } catch (IllegalArgumentException bad) {
                problems.add("'" + e.getKey() + "' is not an item id");
            }
            int grade = e.getValue().asInt(-1);
            if (!e.getValue().isInt() || grade < 1 || grade > 2) {
                problems.add("grade of " + e.getKey() + " must be 1 or 2");
            }
            answer |= grade == 2;
        }
        if (!answer) {
            problems.add("must grade at least one item 2 (the answer)");
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }

    @Override
    public CaseResult run(Case testCase) {
        long started = System.nanoTime();
        String query = testCase.vars().path("query").asText("");
        Optional<String> role = Optional.ofNullable(testCase.vars().path("role").textValue());
        Map<SearchMode, List<UUID>> ranked = new LinkedHashMap<>();
        ObjectNode output = JSON.createObjectNode();
        for (SearchMode mode : SearchMode.values()) {
            SearchQuery q = new SearchQuery(
                    query,
                    role,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(ItemStatus.ACTIVE),
                    K,
                    mode);
            List<UUID> ids = search.search(q).stream().map(SearchHit::id).toList();
            ranked.put(mode, ids);
            ids.forEach(id -> output.withArray(mode.wireName()).add(id.toString()));
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        List<CheckResult> checks = new ArrayList<>();
        for (Check check : testCase.checks()) {
            Map<UUID, Integer> grades = grades(check.value());
            for (Map.Entry<SearchMode, List<UUID>> e : ranked.entrySet()) {
                String mode = e.getKey().wireName();
                metrics.put(mode + ".ndcg@10", RelevanceMetrics.ndcg(e.getValue(), grades, K));
                metrics.put(mode + ".recall@10", RelevanceMetrics.recall(e.getValue(), grades, K));
                metrics.put(mode + ".mrr", RelevanceMetrics.reciprocalRank(e.getValue(), grades, K));
            }
            List<UUID> hybrid = ranked.get(SearchMode.HYBRID);
            int best = -1;
            for (int i = 0; i < hybrid.size(); i++) {
                if (grades.getOrDefault(hybrid.get(i), 0) == 2) {
                    best = i + 1;
                    break;
                }
            }
            checks.add(new CheckResult(
                    "relevance",
                    best > 0,
                    best > 0
                            ? "the answer is at hybrid rank " + best
                            : "no item graded 2 in the hybrid top " + K
                                    + String.format(Locale.ROOT, " (nDCG@10 %.3f)", metrics.get("hybrid.ndcg@10"))));
        }
        return CaseResult.judged(testCase, checks, metrics, output, started);
    }

    private static Map<UUID, Integer> grades(JsonNode value) {
        Map<UUID, Integer> grades = new LinkedHashMap<>();
        value.fields()
                .forEachRemaining(e ->
                        grades.put(UUID.fromString(e.getKey()), e.getValue().asInt()));
        return grades;
    }
}

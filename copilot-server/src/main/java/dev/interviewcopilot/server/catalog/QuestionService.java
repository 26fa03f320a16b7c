package dev.interviewcopilot.server.catalog;

import dev.interviewcopilot.server.bank.Competency;
import dev.interviewcopilot.server.bank.ItemStatus;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.bank.QuestionType;
import dev.interviewcopilot.server.bank.RoleFamily;
import dev.interviewcopilot.server.bank.SeniorityLevel;
import dev.interviewcopilot.server.http.BadRequestException;
import dev.interviewcopilot.server.http.Ids;
import dev.interviewcopilot.server.http.Json;
import dev.interviewcopilot.server.http.NotFoundException;
import dev.interviewcopilot.server.http.QueryParams;
import dev.interviewcopilot.server.retrieval.QuestionSearch;
import dev.interviewcopilot.server.retrieval.SearchHit;
import dev.interviewcopilot.server.retrieval.SearchMode;
import dev.interviewcopilot.server.retrieval.SearchQuery;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@code /v1/questions}: hybrid search over the bank, and one item by id. */
public final class QuestionService implements HttpService {
    private static final Set<String> SEARCH_PARAMETERS =
            Set.of("q", "role", "seniority", "competency", "type", "status", "limit", "mode");
    private static final int MAX_QUERY_LENGTH = 500;
    private static final List<String> STATUSES = List.of("active", "retired", "any");
    private static final List<String> TYPES =
            Arrays.stream(QuestionType.values()).map(QuestionType::wireName).toList();
    private static final List<String> MODES =
            Arrays.stream(SearchMode.values()).map(SearchMode::wireName).toList();

    private final QuestionBank bank;
    private final QuestionSearch search;
    private final SearchLimits limits;
    private final Set<String> roleIds;
    private final Set<String> seniorityIds;
    private final Set<String> competencyIds;
    private final SearchMetrics metrics = new SearchMetrics();

    public QuestionService(QuestionBank bank, QuestionSearch search, SearchLimits limits) {
        this.bank = bank;
        this.search = search;
        this.limits = limits;
        this.roleIds = bank.roleFamilies().stream().map(RoleFamily::id).collect(Collectors.toSet());
        this.seniorityIds =
                bank.seniorityLevels().stream().map(SeniorityLevel::id).collect(Collectors.toSet());
        this.competencyIds = bank.competencies().stream().map(Competency::id).collect(Collectors.toSet());
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::search).get("/{id}", this::one);
    }

    private void search(ServerRequest request, ServerResponse response) {
        SearchQuery query = query(QueryParams.of(request, SEARCH_PARAMETERS));
        List<SearchResponse.Result> results = metrics.time(query.mode(), () -> search.search(query)).stream()
                .map(this::result)
                .toList();
        Json.send(response, new SearchResponse(query, results.size(), results, bank.contentHash()));
    }

    private void one(ServerRequest request, ServerResponse response) {
        String raw = request.path().pathParameters().get("id");
        UUID id = Ids.uuid(raw).orElseThrow(() -> new BadRequestException("id", "must be a question UUID"));
        QuestionItem item =
                bank.item(id).orElseThrow(() -> new NotFoundException("No question has the id " + id + "."));
        Json.send(response, item);
    }

    private SearchQuery query(QueryParams params) {
        String text = params.text("q", MAX_QUERY_LENGTH).orElse("");
        Optional<String> role = params.oneOf("role", roleIds);
        Optional<String> seniority = params.oneOf("seniority", seniorityIds);
        Optional<String> competency = params.oneOf("competency", competencyIds);
        Optional<QuestionType> type = params.choice("type", QuestionType::fromWireName, TYPES);
        String status = params.oneOf("status", STATUSES).orElse(ItemStatus.ACTIVE.wireName());
        int limit = params.integer("limit", limits.defaultLimit(), 1, limits.maxLimit());
        SearchMode mode = params.choice("mode", SearchMode::fromWireName, MODES).orElse(SearchMode.HYBRID);
        params.validate();
        // "any" is the absence of a status filter.
        Optional<ItemStatus> itemStatus = ItemStatus.fromWireName(status);
        return new SearchQuery(text, role, seniority, competency, type, itemStatus, limit, mode);
    }

    private SearchResponse.Result result(SearchHit hit) {
        QuestionItem item = bank.item(hit.id())
                .orElseThrow(() ->
                        new IllegalStateException("the search index and the bank disagree about item " + hit.id()));
        return new SearchResponse.Result(
                hit.score(), hit.matchedFields(), new SearchResponse.Ranks(hit.bm25Rank(), hit.knnRank()), item);
    }
}

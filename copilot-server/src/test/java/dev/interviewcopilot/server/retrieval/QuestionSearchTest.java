package dev.interviewcopilot.server.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcopilot.server.FakeEmbedder;
import dev.interviewcopilot.server.TestBank;
import dev.interviewcopilot.server.bank.ItemStatus;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.bank.QuestionType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Filters, modes, browsing and match reporting over the real bank plus one retired item, with a bag-of-words
 * embedder: what is tested here does not depend on the model.
 */
class QuestionSearchTest {
    private static final UUID BOOKING = UUID.fromString("6f0c2a8e-3b1d-4c7e-9a52-1d8e4f6b7c90");
    private static final UUID RETIRED = UUID.fromString("00000000-0000-4000-8000-000000000001");

    @TempDir
    static Path root;

    private static QuestionIndex index;
    private static QuestionSearch search;
    private static QuestionBank bank;

    @BeforeAll
    static void open() {
        bank = TestBank.bank();
        List<QuestionItem> items = new ArrayList<>(bank.items());
        items.add(retiredCopyOf(bank.item(BOOKING).orElseThrow()));
        FakeEmbedder embedder = new FakeEmbedder();
        index = QuestionIndex.open(root, new SearchCorpus(items, bank.skills(), "search-test"), embedder);
        search = new QuestionSearch(index, embedder, SearchSettings.defaults());
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void should_find_an_item_by_the_words_of_its_key_points_and_say_which_fields_matched() {
        List<SearchHit> hits = search.search(SearchQuery.of("idempotency key unique index double booking", 5));

        assertThat(hits.get(0).id()).isEqualTo(BOOKING);
        assertThat(hits.get(0).matchedFields()).contains("keyPoints", "question");
        assertThat(hits.get(0).bm25Rank()).hasValue(1);
    }

    @Test
    void should_leave_retired_items_out_unless_asked() {
        SearchQuery query = SearchQuery.of("booking a meeting room overlapping times", 50);

        assertThat(ids(search.search(query))).doesNotContain(RETIRED);
        assertThat(ids(search.search(withStatus(query, Optional.empty())))).contains(RETIRED, BOOKING);
        assertThat(ids(search.search(withStatus(query, Optional.of(ItemStatus.RETIRED)))))
                .contains(RETIRED)
                .allSatisfy(id -> assertThat(id.equals(RETIRED)
                                || !bank.item(id).orElseThrow().active())
                        .isTrue());
    }

    @Test
    void should_apply_every_filter_to_both_retrievers() {
        SearchQuery query = new SearchQuery(
                "design a system under load",
                Optional.of("backend"),
                Optional.of("staff"),
                Optional.of("system-design"),
                Optional.of(QuestionType.SYSTEM_DESIGN),
                Optional.of(ItemStatus.ACTIVE),
                50,
                SearchMode.HYBRID);

        List<SearchHit> hits = search.search(query);

        assertThat(hits).isNotEmpty().allSatisfy(hit -> {
            QuestionItem item = bank.item(hit.id()).orElseThrow();
            assertThat(item.roles()).contains("backend");
            assertThat(item.seniority()).contains("staff");
            assertThat(item.competency()).isEqualTo("system-design");
            assertThat(item.type()).isEqualTo(QuestionType.SYSTEM_DESIGN);
        });
    }

    @Test
    void should_browse_by_filters_in_bank_order_when_there_is_no_text() {
        SearchQuery query = new SearchQuery(
                "",
                Optional.empty(),
                Optional.empty(),
                Optional.of("reliability-operations"),
                Optional.empty(),
                Optional.of(ItemStatus.ACTIVE),
                50,
                SearchMode.HYBRID);

        List<UUID> expected = bank.items().stream()
                .filter(i -> i.competency().equals("reliability-operations"))
                .map(QuestionItem::id)
                .toList();

        assertThat(ids(search.search(query))).containsExactlyElementsOf(expected);
    }

    @Test
    void should_use_only_the_requested_retriever() {
        SearchQuery query = SearchQuery.of("idempotency key double booking", 10);

        assertThat(search.search(query.withMode(SearchMode.BM25)))
                .allSatisfy(hit -> assertThat(hit.knnRank()).isEmpty());
        assertThat(search.search(query.withMode(SearchMode.KNN))).allSatisfy(hit -> {
            assertThat(hit.bm25Rank()).isEmpty();
            assertThat(hit.matchedFields()).containsExactly("semantic");
        });
    }

    @Test
    void should_fall_back_to_embeddings_when_the_text_is_only_stop_words() {
        List<SearchHit> hits = search.search(SearchQuery.of("the of and", 5).withMode(SearchMode.HYBRID));

        assertThat(hits).allSatisfy(hit -> assertThat(hit.bm25Rank()).isEmpty());
    }

    @Test
    void should_skip_the_embedding_search_when_the_text_has_no_letter_or_digit() {
        assertThat(search.search(SearchQuery.of("?! ...", 5))).isEmpty();
    }

    @Test
    void should_return_at_most_the_limit() {
        assertThat(search.search(SearchQuery.of("service", 3))).hasSizeLessThanOrEqualTo(3);
    }

    private static SearchQuery withStatus(SearchQuery q, Optional<ItemStatus> status) {
        return new SearchQuery(
                q.text(), q.role(), q.seniority(), q.competency(), q.type(), status, q.limit(), q.mode());
    }

    private static List<UUID> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::id).toList();
    }

    private static QuestionItem retiredCopyOf(QuestionItem item) {
        return new QuestionItem(
                RETIRED,
                ItemStatus.RETIRED,
                List.of(),
                item.roles(),
                item.seniority(),
                item.competency(),
                item.type(),
                item.question(),
                item.evaluates(),
                item.keyPoints(),
                item.redFlags(),
                item.rubric(),
                item.followUps(),
                item.minutes(),
                item.tags(),
                item.origin());
    }
}

package dev.interviewcopilot.server.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcopilot.server.TestBank;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Quality gates over the real bank: enough items for every role family, enough items for every competency a
 * role profile weighs at every seniority it lists, and full guidance on every active item.
 */
class BankQualityTest {
    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** The plan builder picks one or two items per competency and stage; three leave it a real choice. */
    static final int ITEMS_PER_PROFILE_CELL = 3;

    private final QuestionBank bank = TestBank.bank();

    @Test
    void should_hold_at_least_300_active_items_and_25_per_role_family() {
        Map<String, Long> perFamily = new TreeMap<>();
        for (RoleFamily family : bank.roleFamilies()) {
            perFamily.put(
                    family.id(),
                    active().stream()
                            .filter(i -> i.roles().contains(family.id()))
                            .count());
        }

        assertThat(active()).hasSizeGreaterThanOrEqualTo(300);
        assertThat(perFamily)
                .allSatisfy((family, count) -> assertThat(count).as(family).isGreaterThanOrEqualTo(25));
    }

    @Test
    void should_cover_every_competency_of_every_profile_at_every_seniority_it_lists() {
        List<String> gaps = new ArrayList<>();
        for (RoleProfile profile : bank.roleProfiles()) {
            for (RoleProfile.CompetencyWeight competency : profile.competencies()) {
                for (String level : profile.seniority()) {
                    long count = active().stream()
                            .filter(i -> i.competency().equals(competency.id()))
                            .filter(i -> i.roles().contains(profile.role()))
                            .filter(i -> i.seniority().contains(level))
                            .count();
                    if (count < ITEMS_PER_PROFILE_CELL) {
                        gaps.add(profile.id() + " / " + competency.id() + " / " + level + ": " + count);
                    }
                }
            }
        }

        assertThat(gaps)
                .as("profile cells with fewer than %d active items", ITEMS_PER_PROFILE_CELL)
                .isEmpty();
    }

    @Test
    void should_give_every_active_item_its_full_guidance() {
        assertThat(active()).allSatisfy(item -> {
            assertThat(item.keyPoints())
                    .as("%s key points", item.id())
                    .hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(k -> assertThat(k.probe()).isNotBlank());
            assertThat(item.redFlags())
                    .as("%s red flags", item.id())
                    .hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(f -> assertThat(f.soundsLike()).isNotBlank());
            assertThat(item.rubric()).as("%s rubric", item.id()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(item.followUps()).as("%s follow-ups", item.id()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(item.minutes()).isPositive();
            assertThat(item.tags()).isNotEmpty();
        });
    }

    @Test
    void should_map_every_seed_topic_to_active_items() throws IOException {
        List<String> lines = Files.readAllLines(TestBank.dir().resolve("seed-coverage.md"));
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            boolean tableRow = lines.get(i).startsWith("| ") && !lines.get(i).startsWith("| ---");
            boolean header = i + 1 < lines.size() && lines.get(i + 1).startsWith("| ---");
            if (tableRow && !header) {
                rows.add(lines.get(i));
            }
        }

        assertThat(rows).hasSizeGreaterThan(40);
        for (String row : rows) {
            List<String> ids =
                    UUID_PATTERN.matcher(row).results().map(MatchResult::group).toList();
            assertThat(ids).as("items named by: %s", row).isNotEmpty();
            assertThat(ids)
                    .allSatisfy(id -> assertThat(bank.item(UUID.fromString(id)))
                            .as("%s in: %s", id, row)
                            .hasValueSatisfying(
                                    item -> assertThat(item.active()).isTrue()));
        }
    }

    @Test
    void should_offer_screening_questions_to_every_role_family() {
        for (RoleFamily family : bank.roleFamilies()) {
            assertThat(active()).as(family.id()).anySatisfy(i -> {
                assertThat(i.type()).isEqualTo(QuestionType.SCREENING);
                assertThat(i.roles()).contains(family.id());
            });
        }
    }

    private List<QuestionItem> active() {
        return bank.items().stream().filter(QuestionItem::active).toList();
    }
}

package dev.interviewcopilot.server.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewcopilot.server.TestBank;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader against the real bank and against copies of it with one planted fault each: every fault must stop
 * the load with a message naming the file, the item and the field.
 */
class BankLoaderTest {
    private static final String EXISTING_ID = "6f0c2a8e-3b1d-4c7e-9a52-1d8e4f6b7c90";

    @TempDir
    Path temp;

    @Test
    void should_load_the_real_bank() {
        QuestionBank bank = TestBank.bank();

        assertThat(bank.activeItemCount()).isGreaterThanOrEqualTo(30);
        assertThat(bank.competencies()).isNotEmpty();
        assertThat(bank.roleProfiles()).isNotEmpty();
        assertThat(bank.scorecardTemplates()).isNotEmpty();
        assertThat(bank.item(UUID.fromString(EXISTING_ID))).isPresent();
    }

    @Test
    void should_hash_the_same_content_the_same_way_and_changed_content_differently() throws IOException {
        Path copy = TestBank.copyTo(temp.resolve("bank"));
        String before = BankLoader.create().load(copy).contentHash();
        assertThat(BankLoader.create().load(copy).contentHash()).isEqualTo(before);

        Files.writeString(
                copy.resolve("questions/zz-extra.yaml"),
                ItemYaml.valid(UUID.randomUUID()).file());

        assertThat(BankLoader.create().load(copy).contentHash()).isNotEqualTo(before);
    }

    @Test
    void should_name_file_item_and_field_of_an_unknown_field() throws IOException {
        UUID id = UUID.randomUUID();
        Path bank = withExtraFile(ItemYaml.valid(id).with("    colour: blue\n").file());

        assertThat(problems(bank)).anySatisfy(p -> {
            assertThat(p.file()).endsWith("zz-planted.yaml");
            assertThat(p.item()).isEqualTo(id.toString());
            assertThat(p.field()).isEqualTo("colour");
        });
    }

    @Test
    void should_name_a_missing_required_field() throws IOException {
        UUID id = UUID.randomUUID();
        Path bank = withExtraFile(ItemYaml.valid(id).without("evaluates").file());

        assertThat(problems(bank)).anySatisfy(p -> {
            assertThat(p.item()).isEqualTo(id.toString());
            assertThat(p.field()).isEqualTo("evaluates");
            assertThat(p.message()).contains("required");
        });
    }

    @Test
    void should_reject_a_duplicate_id_across_files() throws IOException {
        Path bank = withExtraFile(ItemYaml.valid(UUID.fromString(EXISTING_ID)).file());

        assertThat(problems(bank)).anySatisfy(p -> {
            assertThat(p.item()).isEqualTo(EXISTING_ID);
            assertThat(p.message()).contains("duplicate question id").contains("first defined in");
        });
    }

    @Test
    void should_reject_dangling_references() throws IOException {
        UUID id = UUID.randomUUID();
        Path bank = withExtraFile(ItemYaml.valid(id)
                .replace("competency: system-design", "competency: telepathy")
                .replace("roles: [backend]", "roles: [backend, astronaut]")
                .file());

        assertThat(problems(bank))
                .extracting(BankProblem::field, BankProblem::message)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("competency", "unknown competency 'telepathy'"),
                        org.assertj.core.groups.Tuple.tuple("roles[1]", "unknown role family 'astronaut'"));
    }

    @Test
    void should_name_the_skill_id_to_use_when_a_tag_is_a_synonym() throws IOException {
        UUID id = UUID.randomUUID();
        Path bank = withExtraFile(ItemYaml.valid(id)
                .replace("tags: [migration, replication]", "tags: [k8s]")
                .file());

        assertThat(problems(bank)).anySatisfy(p -> {
            assertThat(p.item()).isEqualTo(id.toString());
            assertThat(p.field()).isEqualTo("tags[0]");
            assertThat(p.message()).contains("unknown skill tag 'k8s'").contains("synonym of 'kubernetes'");
        });
    }

    @Test
    void should_reject_a_term_that_names_two_skills() throws IOException {
        Path bank = TestBank.copyTo(temp.resolve("bank"));
        Path skills = bank.resolve("skills.yaml");
        Files.writeString(
                skills,
                Files.readString(skills)
                        + "  - id: kubernetes-lite\n    name: Kubernetes lite\n    category: infrastructure\n    synonyms: [k8s]\n");

        assertThat(problems(bank)).anySatisfy(p -> {
            assertThat(p.item()).isEqualTo("kubernetes-lite");
            assertThat(p.message()).contains("'k8s' also names the skill 'kubernetes'");
        });
    }

    @Test
    void should_reject_a_common_word_that_is_not_one_of_the_skills_terms() throws IOException {
        Path bank = TestBank.copyTo(temp.resolve("bank"));
        Path skills = bank.resolve("skills.yaml");
        Files.writeString(
                skills,
                Files.readString(skills)
                        + "  - id: beacon\n    name: Beacon\n    category: tooling\n    commonWords: [lighthouse]\n");

        assertThat(problems(bank)).anySatisfy(p -> {
            assertThat(p.item()).isEqualTo("beacon");
            assertThat(p.field()).isEqualTo("commonWords");
            assertThat(p.message()).contains("'lighthouse' is not the skill's id, name or one of its synonyms");
        });
    }

    @Test
    void should_only_supersede_retired_items() throws IOException {
        UUID id = UUID.randomUUID();
        Path bank = withExtraFile(ItemYaml.valid(id)
                .with("    supersedes: [" + EXISTING_ID + "]\n")
                .file());

        assertThat(problems(bank)).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("supersedes[0]");
            assertThat(p.message()).contains("must be retired");
        });
    }

    @Test
    void should_require_rubric_bands_that_cover_the_scale() throws IOException {
        Path bank = withExtraFile(ItemYaml.valid(UUID.randomUUID())
                .replace("scores: 4-6", "scores: 5-6")
                .file());

        assertThat(problems(bank)).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("rubric[1].scores");
            assertThat(p.message()).contains("expected one starting at 4");
        });
    }

    @Test
    void should_stop_on_a_protected_topic_in_a_probe() throws IOException {
        UUID id = UUID.randomUUID();
        Path bank = withExtraFile(ItemYaml.valid(id)
                .replace("probe: What happens to writes in flight?", "probe: And how old are you, by the way?")
                .file());

        assertThat(problems(bank)).anySatisfy(p -> {
            assertThat(p.item()).isEqualTo(id.toString());
            assertThat(p.field()).isEqualTo("keyPoints[0].probe");
            assertThat(p.message()).contains("Age").contains("how old");
        });
    }

    @Test
    void should_point_at_the_line_of_invalid_yaml() throws IOException {
        Path bank = withExtraFile("topic: Broken\nitems:\n  - id: [unclosed\n");

        assertThat(problems(bank)).anySatisfy(p -> {
            assertThat(p.file()).endsWith("zz-planted.yaml");
            assertThat(p.field()).startsWith("line ");
            assertThat(p.message()).startsWith("not valid YAML");
        });
    }

    @Test
    void should_report_a_missing_required_file() throws IOException {
        Path bank = TestBank.copyTo(temp.resolve("bank"));
        Files.delete(bank.resolve("roles.yaml"));

        assertThat(problems(bank)).anySatisfy(p -> {
            assertThat(p.file()).endsWith("roles.yaml");
            assertThat(p.message()).isEqualTo("required file is missing");
        });
    }

    @Test
    void should_report_every_problem_of_one_load_in_one_message() throws IOException {
        Path bank = withExtraFile(
                ItemYaml.valid(UUID.randomUUID()).with("    colour: blue\n").file()
                        + ItemYaml.valid(UUID.randomUUID())
                                .replace("competency: system-design", "competency: telepathy")
                                .item());

        assertThatThrownBy(() -> BankLoader.create().load(bank))
                .isInstanceOf(BankValidationException.class)
                .hasMessageContaining("colour")
                .hasMessageContaining("telepathy")
                .hasMessageStartingWith("The question bank has");
    }

    private Path withExtraFile(String yaml) throws IOException {
        Path bank = TestBank.copyTo(temp.resolve("bank"));
        Files.writeString(bank.resolve("questions/zz-planted.yaml"), yaml);
        return bank;
    }

    private static List<BankProblem> problems(Path bank) {
        try {
            BankLoader.create().load(bank);
        } catch (BankValidationException e) {
            return e.problems();
        }
        throw new AssertionError("the bank in " + bank + " loaded without problems");
    }
}

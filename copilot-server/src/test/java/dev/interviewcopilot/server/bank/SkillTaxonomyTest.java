package dev.interviewcopilot.server.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcopilot.server.TestBank;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The real taxonomy resolves what job descriptions write to the skills questions are tagged with. */
class SkillTaxonomyTest {
    private final SkillTaxonomy skills = TestBank.bank().skills();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "k8s, kubernetes",
        "Kubernetes, kubernetes",
        "Postgres, postgresql",
        "PG, postgresql",
        "Node.js, nodejs",
        "node-js, nodejs",
        "golang, go",
        "TypeScript, typescript",
        "React.js, react",
        "'C#', csharp",
        "'C++', cpp",
        "a11y, accessibility",
        "service level objectives, slo",
        "N+1 query problem, n-plus-one",
    })
    void should_resolve_what_people_write(String term, String skill) {
        assertThat(skills.resolve(term)).map(Skill::id).hasValue(skill);
    }

    @ParameterizedTest
    @ValueSource(strings = {"underwater basket weaving", "", "   "})
    void should_not_resolve_unknown_terms(String term) {
        assertThat(skills.resolve(term)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kubernetes", "postgresql", "react", "kafka", "terraform", "pytorch", "swift", "airflow"})
    void should_cover_skills_common_in_job_descriptions(String id) {
        assertThat(skills.skill(id)).isPresent();
    }

    @Test
    void should_find_the_skills_running_text_names_longest_first_with_their_spans() {
        String text = "You know Go and PostgreSQL, ship with GitHub Actions and CI/CD, and have used Apache Kafka or "
                + "Node.js; C++ is a plus.";

        List<SkillMention> mentions = skills.mentions(text);

        assertThat(mentions)
                .extracting(m -> m.skill().id())
                .contains("go", "postgresql", "github-actions", "kafka", "nodejs", "cpp");
        assertThat(mentions)
                .allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
        assertThat(mentions).extracting(SkillMention::text).contains("GitHub Actions", "Apache Kafka", "C++");
    }

    @Test
    void should_read_everyday_words_as_skills_only_when_capitalised() {
        assertThat(skills.mentions("We go to market fast and keep the helm steady, with a competitive salary."))
                .isEmpty();
        assertThat(skills.mentions("Services in Go, deployed with Helm."))
                .extracting(m -> m.skill().id())
                .containsExactly("go", "helm");
        assertThat(skills.mentions("Series C funding and R&D budget")).isEmpty();
    }
}

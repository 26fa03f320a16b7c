package dev.interviewcopilot.server.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcopilot.server.TestBank;
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
}

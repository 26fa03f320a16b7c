package dev.interviewcopilot.server.assist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcopilot.server.TestBank;
import dev.interviewcopilot.server.llm.FallbackReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline engine reading job descriptions written for this project ({@code src/test/resources/jobs}). */
class RequirementExtractorTest {
    @TempDir
    Path cache;

    private RequirementExtractor extractor() {
        return new RequirementExtractor(
                TestBank.bank(), Assist.offlineGateway(cache), Assist.prompts(), Assist.linter());
    }

    static String job(String name) {
        try (InputStream in = RequirementExtractorTest.class.getResourceAsStream("/jobs/" + name + ".md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Requirements read(String name) {
        Requirements requirements = extractor().extract(JobDescription.of(job(name)), Caller.of("manager-1"));
        System.out.println(name + ": role " + requirements.role().map(Finding::id) + ", seniority "
                + requirements.seniority().map(Finding::id) + ", language " + requirements.language());
        requirements
                .skills()
                .forEach(s -> System.out.println("  " + s.importance().wireName() + " "
                        + s.skill().orElse("?") + " <- " + s.span().text()));
        requirements
                .competencies()
                .forEach(c -> System.out.println("  competency " + c.id() + " <- "
                        + c.span().map(TextSpan::text).orElse("")));
        return requirements;
    }

    static Map<String, Importance> skills(Requirements requirements) {
        return requirements.skills().stream()
                .filter(s -> s.skill().isPresent())
                .collect(Collectors.toMap(s -> s.skill().get(), SkillRequirement::importance));
    }

    @Test
    void should_read_a_senior_backend_job_with_must_and_nice_to_have_skills() {
        Requirements requirements = read("senior-backend");

        assertThat(requirements.role()).map(Finding::id).contains("backend");
        assertThat(requirements.seniority()).map(Finding::id).contains("senior");
        assertThat(skills(requirements))
                .containsEntry("java", Importance.MUST)
                .containsEntry("kotlin", Importance.MUST)
                .containsEntry("spring-boot", Importance.MUST)
                .containsEntry("postgresql", Importance.MUST)
                .containsEntry("kafka", Importance.MUST)
                .containsEntry("kubernetes", Importance.MUST)
                .containsEntry("go", Importance.NICE)
                .containsEntry("rust", Importance.NICE)
                .containsEntry("terraform", Importance.NICE)
                .doesNotContainKeys("compensation", "learning");
        assertThat(requirements.language()).isEqualTo("en");
        assertThat(requirements.provenance().engine()).isEqualTo(Engine.OFFLINE);
        assertThat(requirements.provenance().fallbackReason()).contains(FallbackReason.NOT_CONFIGURED);
    }

    @Test
    void should_give_every_finding_the_exact_words_it_came_from() {
        String text = job("senior-backend");
        Requirements requirements = read("senior-backend");

        List<TextSpan> spans = new java.util.ArrayList<>();
        requirements.skills().forEach(s -> spans.add(s.span()));
        requirements.role().flatMap(Finding::span).ifPresent(spans::add);
        requirements.seniority().flatMap(Finding::span).ifPresent(spans::add);
        requirements.competencies().forEach(c -> c.span().ifPresent(spans::add));

        assertThat(spans)
                .isNotEmpty()
                .allSatisfy(span ->
                        assertThat(text.substring(span.start(), span.end())).isEqualTo(span.text()));
    }

    @Test
    void should_read_a_frontend_job_with_a_bonus_section_and_inline_plus() {
        Requirements requirements = read("frontend");

        assertThat(requirements.role()).map(Finding::id).contains("frontend");
        assertThat(requirements.seniority()).map(Finding::id).contains("mid");
        assertThat(skills(requirements))
                .containsEntry("react", Importance.MUST)
                .containsEntry("typescript", Importance.MUST)
                .containsEntry("jest", Importance.MUST)
                .containsEntry("storybook", Importance.NICE)
                .containsEntry("nextjs", Importance.NICE);
        assertThat(requirements.competencies()).extracting(Finding::id).contains("accessibility-ux");
    }

    @Test
    void should_read_a_data_engineering_job() {
        Requirements requirements = read("data-engineer");

        assertThat(requirements.role()).map(Finding::id).contains("data-engineering");
        assertThat(skills(requirements))
                .containsEntry("dbt", Importance.MUST)
                .containsEntry("airflow", Importance.MUST)
                .containsEntry("snowflake", Importance.MUST)
                .containsEntry("spark", Importance.MUST)
                .containsEntry("kafka", Importance.NICE);
        assertThat(requirements.competencies()).extracting(Finding::id).contains("data-pipelines");
    }

    @Test
    void should_say_a_job_description_is_not_in_english_and_still_find_its_technologies() {
        Requirements requirements = read("sre-de");

        assertThat(requirements.language()).isEqualTo("de");
        assertThat(requirements.role()).map(Finding::id).contains("sre-platform");
        assertThat(skills(requirements)).containsKeys("kubernetes", "terraform", "prometheus", "go");
    }

    @Test
    void should_prefer_what_the_hiring_manager_stated_and_warn_about_protected_phrases() {
        String text = "Backend developer wanted. We want young, energetic engineers and native English speakers "
                + "with Python and Django.";
        Requirements requirements = extractor()
                .extract(
                        new JobDescription(text, Optional.of("full-stack"), Optional.of("junior")),
                        Caller.of("manager-1"));

        assertThat(requirements.role()).contains(new Finding("full-stack", Optional.empty()));
        assertThat(requirements.seniority()).contains(new Finding("junior", Optional.empty()));
        assertThat(requirements.warnings()).extracting(f -> f.topicId()).contains("age", "national-origin");
        assertThat(requirements.skills()).extracting(s -> s.skill().orElse("?")).contains("python", "django");
    }

    @Test
    void should_not_take_a_hiring_announcement_for_a_hiring_skill() {
        String text = "We are hiring a senior backend engineer. Must have: Java, PostgreSQL, Kafka. Now hiring in"
                + " Berlin too.";
        String manager = "Engineering manager wanted. Must have: experience with hiring and coaching engineers.";

        assertThat(skills(extractor().extract(JobDescription.of(text), Caller.of("m"))))
                .containsKeys("java", "postgresql", "kafka")
                .doesNotContainKey("hiring");
        assertThat(skills(extractor().extract(JobDescription.of(manager), Caller.of("m"))))
                .containsKey("hiring");
    }

    @Test
    void should_read_the_same_text_the_same_way() {
        Function<String, Requirements> once = name -> extractor().extract(JobDescription.of(job(name)), Caller.of("m"));

        assertThat(once.apply("data-engineer")).isEqualTo(once.apply("data-engineer"));
    }
}

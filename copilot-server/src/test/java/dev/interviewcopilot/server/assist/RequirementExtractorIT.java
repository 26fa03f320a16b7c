package dev.interviewcopilot.server.assist;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.interviewcopilot.server.llm.ProviderStubs.openAiAnswer;
import static dev.interviewcopilot.server.llm.ProviderStubs.openAiCall;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.interviewcopilot.server.TestBank;
import dev.interviewcopilot.server.llm.CacheMode;
import dev.interviewcopilot.server.llm.FallbackReason;
import dev.interviewcopilot.server.llm.GuardedModelGateway;
import dev.interviewcopilot.server.llm.ProviderStubs;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requirements read by a model speaking the OpenAI API (WireMock); every span located by code. */
class RequirementExtractorIT {
    private final WireMockServer server =
            new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

    @TempDir
    Path cache;

    private GuardedModelGateway gateway;
    private RequirementExtractor extractor;

    @BeforeEach
    void start() {
        server.start();
        gateway = ProviderStubs.openAi(server, ProviderStubs.guard(), Clock.systemUTC(), cache, CacheMode.OFF);
        extractor = new RequirementExtractor(TestBank.bank(), gateway, Assist.prompts(), Assist.linter());
    }

    @AfterEach
    void stop() {
        gateway.close();
        server.stop();
    }

    private Requirements read() {
        return extractor.extract(
                JobDescription.of(RequirementExtractorTest.job("senior-backend")), Caller.of("manager-1"));
    }

    static final String READING = """
            {"language": "en", "roleFamily": "backend", "seniority": "senior",
             "mustHave": [{"skill": "Postgres", "span": "Strong PostgreSQL"},
                          {"skill": "Kafka", "span": "Experience with Kafka"},
                          {"skill": "Money movement", "span": "services that move money"}],
             "niceToHave": [{"skill": "Terraform", "span": "Terraform and AWS"}],
             "competencies": [{"id": "reliability-operations", "span": "including on-call, dashboards and incident reviews"}]}
            """;

    @Test
    void should_map_the_models_skills_to_the_taxonomy_and_keep_unknown_ones_by_name() {
        server.stubFor(openAiCall().willReturn(openAiAnswer(READING)));

        Requirements requirements = read();

        assertThat(requirements.provenance().engine()).isEqualTo(Engine.LLM);
        assertThat(requirements.role()).map(Finding::id).contains("backend");
        assertThat(requirements.skills())
                .extracting(s -> s.skill().orElse("?" + s.name()), SkillRequirement::importance)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("postgresql", Importance.MUST),
                        org.assertj.core.groups.Tuple.tuple("kafka", Importance.MUST),
                        org.assertj.core.groups.Tuple.tuple("?Money movement", Importance.MUST),
                        org.assertj.core.groups.Tuple.tuple("terraform", Importance.NICE));
        String text = RequirementExtractorTest.job("senior-backend");
        assertThat(requirements.skills())
                .allSatisfy(s -> assertThat(
                                text.substring(s.span().start(), s.span().end()))
                        .isEqualTo(s.span().text()));
        assertThat(requirements.competencies()).extracting(Finding::id).containsExactly("reliability-operations");
    }

    @Test
    void should_send_an_invented_span_back_then_fall_back_to_the_offline_reading() {
        String invented = READING.replace("Strong PostgreSQL", "Expert PostgreSQL DBA");
        server.stubFor(openAiCall()
                .inScenario("bad")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(openAiAnswer(invented))
                .willSetStateTo("still bad"));
        server.stubFor(openAiCall()
                .inScenario("bad")
                .whenScenarioStateIs("still bad")
                .willReturn(openAiAnswer(invented.replace("\"senior\"", "\"principal\""))));

        Requirements requirements = read();

        assertThat(requirements.provenance().engine()).isEqualTo(Engine.OFFLINE);
        assertThat(requirements.provenance().fallbackReason()).contains(FallbackReason.INVALID_OUTPUT);
        assertThat(requirements.skills()).extracting(s -> s.skill().orElse("?")).contains("postgresql", "kafka");
        server.verify(postRequestedFor(urlPathEqualTo(ProviderStubs.OPENAI_PATH))
                .withRequestBody(containing("not in the job description word for word")));
        server.verify(2, postRequestedFor(urlPathEqualTo(ProviderStubs.OPENAI_PATH)));
    }

    @Test
    void should_keep_the_hiring_managers_choice_over_the_models() {
        server.stubFor(openAiCall().willReturn(openAiAnswer(READING)));

        Requirements requirements = extractor.extract(
                new JobDescription(
                        RequirementExtractorTest.job("senior-backend"), Optional.of("full-stack"), Optional.empty()),
                Caller.of("manager-1"));

        assertThat(requirements.role()).contains(new Finding("full-stack", Optional.empty()));
        assertThat(requirements.seniority()).map(Finding::id).contains("senior");
    }
}

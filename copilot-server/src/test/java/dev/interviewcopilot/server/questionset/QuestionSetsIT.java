package dev.interviewcopilot.server.questionset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interviewcopilot.server.Responses;
import dev.interviewcopilot.server.TestServer;
import dev.interviewcopilot.server.http.Html;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The hiring manager's journey on the offline engine, over real HTTP against the real bank. */
class QuestionSetsIT {
    private final SetApi api = new SetApi(TestServer.shared());

    static List<String> jobs() {
        return SetApi.JOBS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jobs")
    void should_plan_every_job_within_budget_covering_or_reporting_every_must_have(String job) {
        JsonNode set = api.create(SetApi.createBody(SetApi.job(job)));

        assertThat(set.path("engine").asText()).isEqualTo("offline");
        assertThat(set.path("fallbackReason").asText()).isEqualTo("not-configured");
        assertThat(set.path("requirements"))
                .as("the job's requirements were read")
                .isNotEmpty();
        assertThat(SetApi.questions(set)).as("questions were chosen").hasSizeGreaterThanOrEqualTo(3);
        PlanChecks.check(set);
        long coveredMusts = 0;
        long musts = 0;
        for (JsonNode row : set.path("plan").path("coverage")) {
            if (row.path("requirement").path("importance").asText().equals("must-have")) {
                musts++;
                coveredMusts += row.path("coveredBy").isEmpty() ? 0 : 1;
            }
        }
        assertThat(coveredMusts * 2)
                .as("at least half the must-haves are covered")
                .isGreaterThanOrEqualTo(musts);
    }

    @Test
    void should_respect_a_shorter_budget_and_the_chosen_stages() {
        ObjectNode body = SetApi.object().put("jobDescription", SetApi.job("senior-backend"));
        body.put("durationMinutes", 60);
        body.putArray("stages").add("system-design");
        body.putArray("focus").add("distributed-systems");

        JsonNode set = api.create(body.toString());

        assertThat(set.path("plan").path("stages")).hasSize(1);
        assertThat(set.path("plan").path("stages").get(0).path("budgetMinutes").asInt())
                .isEqualTo(55);
        assertThat(set.path("plan").path("plannedMinutes").asInt()).isLessThanOrEqualTo(55);
        assertThat(set.path("options").path("focus").get(0).asText()).isEqualTo("distributed-systems");
        PlanChecks.check(set);
    }

    @Test
    void should_warn_about_a_job_description_that_asks_for_protected_traits() {
        String text =
                SetApi.job("full-stack") + "\nWe want a young, energetic native speaker with no family commitments.\n";

        JsonNode set = api.create(SetApi.createBody(text));

        List<String> phrases = new ArrayList<>();
        set.path("extraction")
                .path("warnings")
                .forEach(w -> phrases.add(w.path("phrase").asText().toLowerCase()));
        assertThat(phrases).anyMatch(p -> p.contains("young"));
        assertThat(phrases).anyMatch(p -> p.contains("native speaker"));
        assertThat(phrases).anyMatch(p -> p.contains("family commitments"));
        assertThat(set.path("passesLint").asBoolean())
                .as("the questions themselves still pass")
                .isTrue();
    }

    @Test
    void should_refuse_text_that_is_not_a_job_description_and_say_why() {
        assertProblem(api.post("/v1/question-sets", "{}"), 400, "jobDescription", "is required");
        assertProblem(
                api.post("/v1/question-sets", SetApi.createBody("Backend developer wanted.")),
                400,
                "jobDescription",
                "words");
        assertProblem(
                api.post("/v1/question-sets", SetApi.createBody("4f2a ".repeat(10) + "a".repeat(300))),
                400,
                "jobDescription",
                "");
        assertProblem(
                api.post("/v1/question-sets", SetApi.createBody("lorem ipsum dolor sit amet ".repeat(8))),
                422,
                "role",
                "");
        assertProblem(
                api.post("/v1/question-sets", "{\"jobDescription\": \"x\", \"durationMinutes\": 5}"),
                400,
                "durationMinutes",
                "from 15");
        ObjectNode badStage = SetApi.object().put("jobDescription", SetApi.job("frontend"));
        badStage.putArray("stages").add("karaoke");
        assertProblem(api.post("/v1/question-sets", badStage.toString()), 400, "stages[0]", "must be one of");
    }

    @Test
    void should_answer_honestly_for_a_job_description_in_another_language() {
        HttpResponse<String> response = api.post("/v1/question-sets", SetApi.createBody(SetApi.job("sre-de")));

        assertProblem(response, 422, "jobDescription", "'de'");
        assertThat(Responses.json(response).path("type").asText()).endsWith("unsupported-language");
    }

    @Test
    void should_plan_for_a_stated_role_when_the_text_names_none() {
        ObjectNode body = SetApi.object()
                .put("jobDescription", "lorem ipsum dolor sit amet ".repeat(8) + " We need strong PostgreSQL.")
                .put("role", "backend")
                .put("seniority", "mid");

        JsonNode set = api.create(body.toString());

        assertThat(set.path("options").path("profile").asText()).isEqualTo("backend-junior-mid");
        assertThat(set.path("requirements").toString()).contains("skill:postgresql");
    }

    @Test
    void should_keep_every_version_and_re_run_coverage_after_each_edit() {
        JsonNode v1 = api.create(SetApi.createBody(SetApi.job("senior-backend")));
        String path = "/v1/question-sets/" + v1.path("id").asText();
        JsonNode covering = coveringAMust(v1);
        String must = covering.path("covers").get(0).asText();
        String removed = covering.path("questionId").asText();

        JsonNode v2 = edit(path, 1, "{\"op\": \"remove\", \"questionId\": \"" + removed + "\"}");

        assertThat(v2.path("version").asInt()).isEqualTo(2);
        assertThat(ids(v2)).doesNotContain(removed);
        assertThat(gapIds(v2).contains(must) || coveredElsewhere(v2, must)).isTrue();

        String stage = v2.path("plan").path("stages").get(1).path("id").asText();
        JsonNode v3 = edit(
                path,
                2,
                "{\"op\": \"add\", \"questionId\": \"" + removed + "\", \"stage\": \"" + stage
                        + "\", \"position\": 0}");
        JsonNode first = v3.path("plan").path("stages").get(1).path("questions").get(0);
        assertThat(first.path("questionId").asText()).isEqualTo(removed);
        assertThat(first.path("reasons").get(0).asText()).contains("hiring manager");
        assertThat(first.path("covers").toString())
                .as("coverage is re-run for added questions")
                .contains(must);
        assertThat(gapIds(v3)).doesNotContain(must);

        String last = ids(v3).get(ids(v3).size() - 1);
        JsonNode v4 = edit(
                path,
                3,
                "{\"op\": \"move\", \"questionId\": \"" + last + "\", \"stage\": \""
                        + v3.path("plan").path("stages").get(0).path("id").asText() + "\", \"position\": 0}");
        assertThat(ids(v4).get(0)).isEqualTo(last);

        HttpResponse<String> stale = api.patch(
                path,
                "{\"version\": 3, \"operations\": [{\"op\": \"remove\"," + " \"questionId\": \"" + last + "\"}]}");
        assertThat(stale.statusCode()).isEqualTo(409);

        assertThat(ids(Responses.json(api.get(path + "?version=1"))))
                .contains(removed)
                .isEqualTo(ids(v1));
        JsonNode versions = Responses.json(api.get(path + "/versions"));
        assertThat(versions.path("count").asInt()).isEqualTo(4);
        assertThat(versions.path("versions").get(1).path("change").asText()).contains("removed " + removed);
        JsonNode trail = Responses.json(api.get(path + "/audit"));
        assertThat(trail.path("verification").path("valid").asBoolean()).isTrue();
        List<String> kinds = new ArrayList<>();
        trail.path("events").forEach(e -> kinds.add(e.path("kind").asText()));
        assertThat(kinds)
                .containsExactly(
                        "requirements-extracted",
                        "question-set-created",
                        "question-set-edited",
                        "question-set-edited",
                        "question-set-edited");
    }

    @Test
    void should_reject_bad_edits_naming_the_operation_and_store_nothing() {
        JsonNode set = api.create(SetApi.createBody(SetApi.job("frontend")));
        String path = "/v1/question-sets/" + set.path("id").asText();
        String planned = ids(set).get(0);

        assertProblem(
                api.patch(
                        path,
                        "{\"version\": 1, \"operations\": [{\"op\": \"remove\", \"questionId\": \""
                                + "0d3f4c52-1111-4a2b-9c3d-000000000000\"}]}"),
                400,
                "operations[0].questionId",
                "not a question");
        assertProblem(
                api.patch(
                        path,
                        "{\"version\": 1, \"operations\": [{\"op\": \"swap\", \"questionId\": \"" + planned
                                + "\", \"with\": \"" + ids(set).get(1) + "\"}]}"),
                400,
                "operations[0].with",
                "already");
        assertProblem(
                api.patch(path, "{\"version\": 1, \"operations\": [{\"op\": \"dance\"}]}"),
                400,
                "operations[0].op",
                "must be one of");
        assertProblem(
                api.patch(
                        path,
                        "{\"version\": 1, \"operations\": [{\"op\": \"move\", \"questionId\": \"" + planned
                                + "\", \"position\": 99}]}"),
                400,
                "operations[0].position",
                "between");

        assertThat(Responses.json(api.get(path + "/versions")).path("count").asInt())
                .isEqualTo(1);
    }

    @Test
    void should_plan_again_from_confirmed_requirements() {
        JsonNode set = api.create(SetApi.createBody(SetApi.job("data-engineer")));
        String path = "/v1/question-sets/" + set.path("id").asText();

        JsonNode confirmed = edit(
                path,
                1,
                "{\"op\": \"requirements\", \"requirements\": ["
                        + "{\"skill\": \"k8s\", \"importance\": \"must-have\"}, {\"skill\": \"Airflow\"},"
                        + " {\"competency\": \"data-quality-governance\"}, {\"skill\": \"underwater basket weaving\"}]}");

        List<String> requirementIds = new ArrayList<>();
        confirmed
                .path("requirements")
                .forEach(r -> requirementIds.add(r.path("id").asText()));
        assertThat(requirementIds)
                .containsExactly(
                        "skill:kubernetes",
                        "skill:airflow",
                        "competency:data-quality-governance",
                        "text:underwater basket weaving");
        assertThat(gapIds(confirmed)).contains("text:underwater basket weaving");
        assertThat(gapIds(confirmed)).doesNotContain("skill:airflow");
        PlanChecks.check(confirmed);
    }

    @Test
    void should_export_markdown_html_and_json() {
        JsonNode set = api.create(SetApi.createBody(SetApi.job("mobile")));
        String path = "/v1/question-sets/" + set.path("id").asText() + "/export";
        String question =
                SetApi.questions(set).get(0).path("item").path("question").asText();

        HttpResponse<String> markdown = api.get(path + "?format=markdown");
        assertThat(Responses.contentType(markdown)).startsWith("text/markdown");
        assertThat(markdown.body())
                .contains(
                        "# Interview plan: Senior Mobile", "## Requirements", "**Red flags**", "| 9-10 |", "**Notes**");

        HttpResponse<String> html = api.get(path + "?format=html");
        assertThat(Responses.contentType(html)).startsWith("text/html");
        assertThat(html.headers().firstValue("Content-Security-Policy"))
                .contains("default-src 'none'; style-src 'unsafe-inline'");
        assertThat(html.body())
                .contains("<!DOCTYPE html>", "class=\"notes\"", "Coverage", "Rubric")
                .contains(Html.escape(question))
                .doesNotContain("<script", "http://", "https://");

        JsonNode json = Responses.json(api.get(path + "?format=json"));
        assertThat(json.path("id").asText()).isEqualTo(set.path("id").asText());
    }

    @Test
    void should_give_an_interview_the_plans_questions_for_its_stage_and_its_owner() {
        ObjectNode body = SetApi.object()
                .put("jobDescription", SetApi.job("senior-backend"))
                .put("hiringManager", "Morgan Lead");
        JsonNode set = api.create(body.toString());
        JsonNode stage = set.path("plan").path("stages").get(0);
        List<String> stageQuestions = new ArrayList<>();
        stage.path("questions")
                .forEach(q -> stageQuestions.add(q.path("questionId").asText()));

        HttpResponse<String> created = api.post(
                "/v1/interviews",
                "{\"candidate\": {\"name\": \"Ari Example\","
                        + " \"email\": \"ari@example.org\"}, \"position\": \"Senior Backend Engineer\", \"interviewer\":"
                        + " \"Priya Natarajan\", \"date\": \"2026-11-30\", \"stage\": \""
                        + stage.path("id").asText()
                        + "\", \"questionSetId\": \"" + set.path("id").asText() + "\"}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode interview = Responses.json(created);
        List<String> asked = new ArrayList<>();
        interview
                .path("questions")
                .forEach(
                        q -> asked.add(q.isTextual() ? q.asText() : q.path("id").asText()));
        assertThat(asked).isEqualTo(stageQuestions);
        assertThat(interview.path("hiringManager").asText()).isEqualTo("Morgan Lead");
        assertThat(interview.path("role").asText()).isEqualTo("backend");
    }

    private JsonNode edit(String path, int version, String operation) {
        HttpResponse<String> response =
                api.patch(path, "{\"version\": " + version + ", \"operations\": [" + operation + "]}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Responses.json(response);
    }

    private static JsonNode coveringAMust(JsonNode set) {
        Set<String> musts = new HashSet<>();
        set.path("requirements").forEach(r -> {
            if (r.path("importance").asText().equals("must-have")) {
                musts.add(r.path("id").asText());
            }
        });
        return SetApi.questions(set).stream()
                .filter(q -> q.path("covers").size() > 0
                        && musts.contains(q.path("covers").get(0).asText()))
                .findFirst()
                .orElseThrow();
    }

    private static boolean coveredElsewhere(JsonNode set, String requirement) {
        for (JsonNode row : set.path("plan").path("coverage")) {
            if (row.path("requirement").path("id").asText().equals(requirement)) {
                return !row.path("coveredBy").isEmpty();
            }
        }
        return false;
    }

    private static List<String> ids(JsonNode set) {
        return SetApi.questions(set).stream()
                .map(q -> q.path("questionId").asText())
                .toList();
    }

    private static Set<String> gapIds(JsonNode set) {
        Set<String> gaps = new HashSet<>();
        ((ArrayNode) set.path("plan").path("gaps"))
                .forEach(g -> gaps.add(g.path("requirement").asText()));
        return gaps;
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(Responses.contentType(response)).isEqualTo("application/problem+json");
        JsonNode problem = Responses.json(response);
        boolean named = false;
        for (JsonNode error : problem.path("errors")) {
            named |= error.path("field").asText().equals(field)
                    && error.path("message").asText().contains(message);
        }
        assertThat(named).as("%s names %s", response.body(), field).isTrue();
    }
}

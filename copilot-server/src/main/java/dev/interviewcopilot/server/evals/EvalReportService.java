package dev.interviewcopilot.server.evals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewcopilot.server.http.Json;
import dev.interviewcopilot.server.http.QueryParams;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /v1/eval}: the eval harness's run reports, read-only: the runs with their metrics and gates, one run with
 * its cases, and two runs of a suite compared case by case with paired-bootstrap intervals.
 */
public final class EvalReportService implements HttpService {
    private final EvalRuns runs;

    public EvalReportService(EvalRuns runs) {
        this.runs = runs;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/runs", this::list).get("/runs/{suite}/{run}", this::one).get("/comparison", this::compare);
    }

    private void list(ServerRequest request, ServerResponse response) {
        QueryParams params = QueryParams.of(request, Set.of("suite"));
        Optional<String> suite = params.text("suite", 100);
        params.validate();
        List<RunView> views = new ArrayList<>();
        for (EvalRuns.Summary s : runs.list()) {
            if (suite.isEmpty() || suite.get().equals(s.suite())) {
                views.add(new RunView(s.suite(), s.run(), s.cases(), s.failed(), s.report()));
            }
        }
        Json.send(response, new RunList(views.size(), views));
    }

    private void one(ServerRequest request, ServerResponse response) {
        String suite = request.path().pathParameters().get("suite");
        String run = request.path().pathParameters().get("run");
        Json.send(response, new RunDetail(suite, run, runs.report(suite, run)));
    }

    private void compare(ServerRequest request, ServerResponse response) {
        QueryParams params = QueryParams.of(request, Set.of("suite", "a", "b"));
        Optional<String> suite = params.text("suite", 100);
        Optional<String> a = params.text("a", 100);
        Optional<String> b = params.text("b", 100);
        params.require(suite.isPresent(), "suite", "is required");
        params.require(a.isPresent(), "a", "is required: the run to compare from");
        params.require(b.isPresent(), "b", "is required: the run to compare with");
        params.validate();
        JsonNode first = runs.report(suite.get(), a.get());
        JsonNode second = runs.report(suite.get(), b.get());
        RunComparison comparison = RunComparison.of(EvalRuns.outcomes(first), EvalRuns.outcomes(second));
        List<MetricView> metrics = new ArrayList<>();
        comparison
                .metrics()
                .forEach((name, i) -> metrics.add(new MetricView(
                        name,
                        number(first.path("metrics").path(name)),
                        number(second.path("metrics").path(name)),
                        finite(i.mean()),
                        finite(i.low()),
                        finite(i.high()),
                        i.n(),
                        RunComparison.verdict(i))));
        Json.send(
                response,
                new ComparisonView(
                        suite.get(),
                        a.get(),
                        b.get(),
                        metrics,
                        comparison.broke(),
                        comparison.fixed(),
                        comparison.onlyA(),
                        comparison.onlyB(),
                        comparison.regressed()));
    }

    private static Optional<Double> number(JsonNode node) {
        return node.isNumber() ? finite(node.asDouble()) : Optional.empty();
    }

    private static Optional<Double> finite(double value) {
        return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
    }

    record RunView(String suite, String run, int cases, int failed, JsonNode report) {}

    record RunList(int count, List<RunView> runs) {}

    record RunDetail(String suite, String run, JsonNode report) {}

    record MetricView(
            String name,
            Optional<Double> a,
            Optional<Double> b,
            Optional<Double> difference,
            Optional<Double> low,
            Optional<Double> high,
            int pairedCases,
            String verdict) {}

    record ComparisonView(
            String suite,
            String a,
            String b,
            List<MetricView> metrics,
            List<String> broke,
            List<String> fixed,
            List<String> onlyA,
            List<String> onlyB,
            boolean regressed) {}
}

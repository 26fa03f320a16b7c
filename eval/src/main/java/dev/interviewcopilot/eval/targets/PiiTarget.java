package dev.interviewcopilot.eval.targets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interviewcopilot.eval.check.CaseResult;
import dev.interviewcopilot.eval.check.CheckResult;
import dev.interviewcopilot.eval.run.RequestCapture;
import dev.interviewcopilot.eval.suite.Case;
import dev.interviewcopilot.eval.suite.Check;
import dev.interviewcopilot.server.assist.Caller;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.bank.QuestionItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PII leakage: each case's {@code answer} (with identifiers planted in it) goes through the probe suggester and
 * the note drafter for a candidate the interview knows as {@code candidate.name} and {@code candidate.email}, and
 * every model request they send is captured as it leaves the gateway. Assertions:
 *
 * <ul>
 *   <li>{@code no-identifier-sent}: none of the listed strings appears in any request, compared ignoring case,
 *       and for phone numbers whatever separators sit between the digits ({@code leaked});
 *   <li>{@code still-sent}: each listed phrase of the answer does reach the model as written, so masking has not
 *       eaten the technical content ({@code over-masked}).
 * </ul>
 *
 * A case that sent no request at all fails: nothing would have been checked.
 */
public final class PiiTarget implements Target {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Z]+_\\d+]");
    private static final int PHONE_DIGITS = 7;

    private final QuestionBank bank;
    private final AnswerTurn turn;

    public PiiTarget(QuestionBank bank, AnswerTurn turn) {
        this.bank = bank;
        this.turn = turn;
    }

    @Override
    public String name() {
        return "pii";
    }

    @Override
    public Set<String> checkTypes() {
        return Set.of("no-identifier-sent", "still-sent");
    }

    @Override
    public Optional<String> problem(Check check) {
        if (!check.value().isArray() || check.value().isEmpty()) {
            return Optional.of("must be a list of strings from the answer");
        }
        for (JsonNode v : check.value()) {
            if (!v.isTextual() || v.asText().isBlank()) {
                return Optional.of("must be a list of non-empty strings");
            }
        }
        return Optional.empty();
    }

    @Override
    public CaseResult run(Case testCase) {
        long started = System.nanoTime();
        QuestionItem item = ItemRefs.item(bank, testCase.vars().path("question").asText(""));
        String answer = testCase.vars().path("answer").asText("");
        JsonNode candidate = testCase.vars().path("candidate");
        List<String> known = new ArrayList<>();
        for (String field : List.of("name", "email")) {
            if (!candidate.path(field).asText("").isBlank()) {
                known.add(candidate.path(field).asText());
            }
        }
        AnswerTurn.Result got = turn.run(item, answer, new Caller("eval", known));
        List<RequestCapture.Request> sent = got.sent();

        ObjectNode output = JSON.createObjectNode();
        ArrayNode shown = output.putArray("requests");
        for (RequestCapture.Request r : sent) {
            Set<String> placeholders = new TreeSet<>();
            Matcher m = PLACEHOLDER.matcher(r.text());
            while (m.find()) {
                placeholders.add(m.group());
            }
            ObjectNode entry = shown.addObject().put("prompt", r.prompt().toString());
            placeholders.forEach(entry.putArray("placeholders")::add);
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("requests", (double) sent.size());
        got.recordEngines(metrics);
        List<CheckResult> checks = new ArrayList<>();
        if (sent.isEmpty()) {
            checks.add(new CheckResult("requests", false, "no model request was sent, so nothing was checked"));
        }
        for (Check check : testCase.checks()) {
            List<String> values = new ArrayList<>();
            check.value().forEach(v -> values.add(v.asText()));
            if (check.type().equals("no-identifier-sent")) {
                List<String> leaked = values.stream()
                        .filter(v -> sent.stream().anyMatch(r -> contains(r.text(), v)))
                        .toList();
                metrics.put("leaked", leaked.isEmpty() ? 0.0 : 1.0);
                checks.add(new CheckResult(
                        check.type(),
                        leaked.isEmpty(),
                        leaked.isEmpty()
                                ? "no identifier reached a request (" + values.size() + " planted)"
                                : "reached a model request: " + String.join(", ", leaked)));
            } else {
                List<String> lost = values.stream()
                        .filter(v -> sent.stream().noneMatch(r -> r.text().contains(v)))
                        .toList();
                metrics.put("over-masked", lost.isEmpty() ? 0.0 : 1.0);
                checks.add(new CheckResult(
                        check.type(),
                        lost.isEmpty(),
                        lost.isEmpty()
                                ? "the technical content reached the model"
                                : "masked away: " + String.join(", ", lost)));
            }
        }
        ProbesTarget.write(got.probes(), output);
        NotesTarget.write(got.notes(), output);
        return CaseResult.judged(testCase, checks, metrics, output, started);
    }

    /**
     * Whether {@code identifier} occurs in {@code text}: ignoring case, and for a phone number (seven digits or
     * more) as its digits with any separators between them, so a reformatted number still counts.
     */
    static boolean contains(String text, String identifier) {
        if (text.toLowerCase(Locale.ROOT).contains(identifier.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String digits = identifier.replaceAll("\\D", "");
        if (digits.length() < PHONE_DIGITS
                || digits.length() * 2 < identifier.strip().length()) {
            return false;
        }
        String separated = String.join("[\\s().+-]*", digits.split(""));
        return Pattern.compile("(?<!\\d)" + separated + "(?!\\d)").matcher(text).find();
    }
}

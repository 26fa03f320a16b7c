package dev.interviewcopilot.eval.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads suite files and checks them before anything runs: known fields, a known target, unique case ids of the
 * right shape, assertion types the target supports. Every problem is reported at once, naming the file, the case
 * and the field.
 */
public final class SuiteLoader {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern THRESHOLD = Pattern.compile("\\s*(>=|<=)\\s*(-?[0-9]+(\\.[0-9]+)?)\\s*");
    private static final Set<String> SUITE_FIELDS =
            Set.of("id", "version", "description", "target", "thresholds", "tests");
    private static final Set<String> CASE_FIELDS = Set.of("id", "description", "vars", "assert");

    private final Map<String, ? extends CheckRules> rules;

    /** @param rules for each target name, what its cases' assertions may be */
    public SuiteLoader(Map<String, ? extends CheckRules> rules) {
        this.rules = Map.copyOf(rules);
    }

    /** Every suite file in a directory, by file name. */
    public static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted()
                    .toList();
        }
    }

    /**
     * Each case's {@code vars} by id, read from the suite file {@code <dir>/<id>.yaml} as it is now (for the judge's
     * context); empty when there is no such file.
     */
    public static Map<String, JsonNode> vars(Path dir, String suite) throws IOException {
        Path file = dir.resolve(suite + ".yaml");
        Map<String, JsonNode> vars = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            new YAMLMapper()
                    .readTree(file.toFile())
                    .path("tests")
                    .forEach(t -> vars.put(t.path("id").asText(), t.path("vars")));
        }
        return vars;
    }

    public Suite load(Path file) {
        List<String> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new SuiteException(List.of(file + ": not valid YAML: " + e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new SuiteException(List.of(file + ": must be a mapping with id, version, target and tests"));
        }
        String where = file.toString();
        root.fieldNames().forEachRemaining(f -> {
            if (!SUITE_FIELDS.contains(f)) {
                problems.add(where + ": unknown field '" + f + "'; expected one of " + SUITE_FIELDS);
            }
        });
        String id = root.path("id").asText("");
        if (!ID.matcher(id).matches()) {
            problems.add(where + ": id: must be a lowercase slug");
        } else if (!file.getFileName().toString().startsWith(id + ".")) {
            problems.add(where + ": id: '" + id + "' must match the file name");
        }
        if (!root.path("version").canConvertToInt() || root.path("version").asInt() < 1) {
            problems.add(where + ": version: must be a whole number from 1");
        }
        String target = root.path("target").asText("");
        CheckRules allowed = rules.get(target);
        if (allowed == null) {
            problems.add(where + ": target: '" + target + "' is not one of " + rules.keySet());
        }
        List<Threshold> thresholds = thresholds(root.path("thresholds"), where, problems);
        List<Case> cases = new ArrayList<>();
        JsonNode tests = root.path("tests");
        if (!tests.isArray() || tests.isEmpty()) {
            problems.add(where + ": tests: must list at least one case");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tests.size(); i++) {
            cases.add(testCase(tests.get(i), where + ": tests[" + i + "]", allowed, seen, problems));
        }
        if (!problems.isEmpty()) {
            throw new SuiteException(problems);
        }
        return new Suite(
                id, root.path("version").asInt(), root.path("description").asText(""), target, thresholds, cases, file);
    }

    private static List<Threshold> thresholds(JsonNode node, String where, List<String> problems) {
        List<Threshold> thresholds = new ArrayList<>();
        if (node.isMissingNode()) {
            return thresholds;
        }
        if (!node.isObject()) {
            problems.add(where + ": thresholds: must map metric names to bounds such as \">= 0.8\"");
            return thresholds;
        }
        node.fields().forEachRemaining(e -> {
            Matcher m = THRESHOLD.matcher(e.getValue().asText(""));
            if (!m.matches()) {
                problems.add(where + ": thresholds." + e.getKey() + ": must be \">= number\" or \"<= number\"");
            } else {
                thresholds.add(new Threshold(e.getKey(), m.group(1).equals(">="), Double.parseDouble(m.group(2))));
            }
        });
        return thresholds;
    }

    private static Case testCase(
            JsonNode node, String where, CheckRules allowed, Set<String> seen, List<String> problems) {
        String id = node.path("id").asText("");
        String at = id.isEmpty() ? where : where + " (" + id + ")";
        node.fieldNames().forEachRemaining(f -> {
            if (!CASE_FIELDS.contains(f)) {
                problems.add(at + ": unknown field '" + f + "'; expected one of " + CASE_FIELDS);
            }
        });
        if (!ID.matcher(id).matches()) {
            problems.add(at + ": id: must be a lowercase slug such as ret-001");
        } else if (!seen.add(id)) {
            problems.add(at + ": id: '" + id + "' is used twice; case ids are immutable and unique");
        }
        if (!node.path("vars").isObject()) {
            problems.add(at + ": vars: must be a mapping of the case's inputs");
        }
        List<Check> checks = new ArrayList<>();
        JsonNode asserts = node.path("assert");
        if (!asserts.isArray() || asserts.isEmpty()) {
            problems.add(at + ": assert: must list at least one assertion");
        }
        for (int i = 0; i < asserts.size(); i++) {
            String type = asserts.get(i).path("type").asText("");
            Check check = new Check(type, asserts.get(i).path("value"));
            if (allowed != null && !allowed.checkTypes().contains(type)) {
                problems.add(at + ": assert[" + i + "].type: '" + type + "' is not one of " + allowed.checkTypes());
            } else if (allowed != null) {
                String field = at + ": assert[" + i + "].value: ";
                allowed.problem(check).ifPresent(p -> problems.add(field + p));
            }
            checks.add(check);
        }
        return new Case(id, node.path("description").asText(""), node.path("vars"), checks);
    }
}

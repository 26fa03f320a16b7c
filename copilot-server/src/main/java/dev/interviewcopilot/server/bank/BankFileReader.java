package dev.interviewcopilot.server.bank;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads one kind of bank file: YAML syntax, then the schema, then binding to records. Each step that fails adds
 * problems naming the file, the item and the field, and the file is then skipped so later checks see only
 * well-formed data.
 */
final class BankFileReader {
    /** Top-level lists whose elements are items with ids; other paths belong to the file (or its root item). */
    private static final Set<String> ITEM_LISTS =
            Set.of("items", "competencies", "roleFamilies", "seniorityLevels", "profiles", "categories", "skills");

    private final Path root;
    private final ObjectMapper yaml;
    private final BankSchemas schemas;
    private final List<BankProblem> problems;

    BankFileReader(Path root, ObjectMapper yaml, BankSchemas schemas, List<BankProblem> problems) {
        this.root = root;
        this.yaml = yaml;
        this.schemas = schemas;
        this.problems = problems;
    }

    /** Reads a required file. */
    <T> Optional<Sourced<T>> read(String relativePath, String schema, Class<T> type) {
        Path file = root.resolve(relativePath);
        if (!Files.isRegularFile(file)) {
            problems.add(new BankProblem(file.toString(), "", "", "required file is missing"));
            return Optional.empty();
        }
        return readFile(file, schema, type);
    }

    /** Reads every {@code .yaml} file of a directory, in name order; the directory must hold at least one. */
    <T> List<Sourced<T>> readAll(String relativeDir, String schema, Class<T> type) {
        Path dir = root.resolve(relativeDir);
        List<Path> files = yamlFiles(dir);
        if (files.isEmpty()) {
            problems.add(new BankProblem(dir.toString(), "", "", "expected at least one .yaml file here"));
        }
        List<Sourced<T>> read = new ArrayList<>();
        for (Path file : files) {
            readFile(file, schema, type).ifPresent(read::add);
        }
        return read;
    }

    private List<Path> yamlFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add(new BankProblem(dir.toString(), "", "", "cannot list the directory: " + e.getMessage()));
            return List.of();
        }
    }

    private <T> Optional<Sourced<T>> readFile(Path file, String schema, Class<T> type) {
        String name = file.toString();
        Optional<JsonNode> document = parse(file);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        List<BankSchemas.Violation> violations = schemas.validate(schema, document.get());
        for (BankSchemas.Violation v : violations) {
            problems.add(new BankProblem(
                    name, itemId(document.get(), v.path()), field(document.get(), v.path()), v.message()));
        }
        Optional<JsonNode> usable = withoutFaultyItems(document.get(), violations);
        if (usable.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Sourced<>(name, yaml.treeToValue(usable.get(), type)));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            problems.add(new BankProblem(name, "", "", "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private Optional<JsonNode> parse(Path file) {
        try {
            JsonNode node = yaml.readTree(file.toFile());
            if (node == null || node.isMissingNode() || node.isNull()) {
                problems.add(new BankProblem(file.toString(), "", "", "the file is empty"));
                return Optional.empty();
            }
            return Optional.of(node);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            problems.add(new BankProblem(file.toString(), "", where, "not valid YAML: " + e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(new BankProblem(file.toString(), "", "", "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * The document without the list items that violate the schema, so that the cross-file checks still run on the
     * rest and one start-up reports as many problems as possible. Empty when a violation lies outside any item.
     */
    private static Optional<JsonNode> withoutFaultyItems(JsonNode document, List<BankSchemas.Violation> violations) {
        if (violations.isEmpty()) {
            return Optional.of(document);
        }
        if (!violations.stream().allMatch(v -> inItemList(v.path()))) {
            return Optional.empty();
        }
        Map<String, Set<Integer>> faulty = new HashMap<>();
        for (BankSchemas.Violation v : violations) {
            faulty.computeIfAbsent(String.valueOf(v.path().get(0)), k -> new HashSet<>())
                    .add((Integer) v.path().get(1));
        }
        ObjectNode copy = document.deepCopy();
        faulty.forEach((list, indexes) -> {
            ArrayNode kept = copy.arrayNode();
            JsonNode original = document.get(list);
            for (int i = 0; i < original.size(); i++) {
                if (!indexes.contains(i)) {
                    kept.add(original.get(i));
                }
            }
            copy.set(list, kept);
        });
        return Optional.of(copy);
    }

    /**
     * The id of the item a path points into: an element of a top-level list ({@code items[3]}) or, for files that
     * are one item (scorecard templates), the file's own id. Falls back to the list position when the element has
     * no id.
     */
    private static String itemId(JsonNode document, List<Object> path) {
        if (inItemList(path)) {
            int index = (Integer) path.get(1);
            JsonNode element = document.path(String.valueOf(path.get(0))).path(index);
            String id = element.path("id").asText("");
            return id.isEmpty() ? path.get(0) + "[" + index + "]" : id;
        }
        return document.path("id").asText("");
    }

    /** The path within the item (or the file, when the path is not inside a list element). */
    private static String field(JsonNode document, List<Object> path) {
        return render(inItemList(path) ? path.subList(2, path.size()) : path);
    }

    private static boolean inItemList(List<Object> path) {
        return path.size() >= 2 && ITEM_LISTS.contains(String.valueOf(path.get(0))) && path.get(1) instanceof Integer;
    }

    static String render(List<Object> path) {
        StringBuilder sb = new StringBuilder();
        for (Object element : path) {
            if (element instanceof Integer index) {
                sb.append('[').append(index).append(']');
            } else {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(element);
            }
        }
        return sb.toString();
    }
}

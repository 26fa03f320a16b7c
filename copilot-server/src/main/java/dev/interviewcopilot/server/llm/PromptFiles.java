package dev.interviewcopilot.server.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads and checks prompt files and the lock file. A prompt file is YAML front matter (id, version, description,
 * model hints, declared inputs, output) followed by a {@code <!-- role: system -->} section and a
 * {@code <!-- role: user -->} section. Every problem is collected, naming the file.
 */
final class PromptFiles {
    static final String LOCK = "prompts.lock";
    private static final Pattern FILE_NAME = Pattern.compile("v([1-9][0-9]*)\\.prompt\\.md");
    private static final Pattern ANY_TEMPLATE_TAG = Pattern.compile("\\{\\{.*?}}");
    private static final String SYSTEM = "<!-- role: system -->";
    private static final String USER = "<!-- role: user -->";

    private PromptFiles() {}

    static List<PromptTemplate> load(Path dir, List<String> problems) {
        if (!Files.isDirectory(dir)) {
            problems.add(dir + ": the prompts directory does not exist");
            return List.of();
        }
        Map<String, String> lock = readLock(dir.resolve(LOCK), problems);
        List<PromptTemplate> templates = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Path file : promptFiles(dir, problems)) {
            read(file, problems).ifPresent(template -> {
                String key = template.ref().id() + "@" + template.ref().version();
                seen.add(key);
                checkLock(file, key, sha256(file), lock, problems);
                templates.add(template);
            });
        }
        lock.keySet().stream()
                .filter(key -> !seen.contains(key))
                .forEach(key -> problems.add(dir.resolve(LOCK) + ": " + key
                        + " is locked but its file is missing; a merged version is never deleted"));
        return templates;
    }

    private static List<Path> promptFiles(Path dir, List<String> problems) {
        try (Stream<Path> walk = Files.walk(dir, 2)) {
            return walk.filter(p -> p.toString().endsWith(".prompt.md"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add(dir + ": cannot list prompt files: " + e.getMessage());
            return List.of();
        }
    }

    private static Optional<PromptTemplate> read(Path file, List<String> problems) {
        int before = problems.size();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(file + ": cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        if (!text.startsWith("---\n") || text.indexOf("\n---\n", 4) < 0) {
            problems.add(file + ": must start with YAML front matter between '---' lines");
            return Optional.empty();
        }
        int end = text.indexOf("\n---\n", 4);
        JsonNode front = yaml(file, text.substring(4, end), problems);
        String body = text.substring(end + 5);
        if (front == null) {
            return Optional.empty();
        }
        String id = required(file, front, "id", problems);
        int version = front.path("version").asInt(0);
        checkIdentity(file, id, version, problems);
        Map<String, PromptTemplate.Input> inputs = inputs(file, front.path("inputs"), problems);
        Optional<JsonNode> schema = output(file, front.path("output"), problems);
        String[] sections = sections(file, body, problems);
        checkVariables(file, sections, inputs, problems);
        String description = required(file, front, "description", problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        PromptRef ref = new PromptRef(id, version, sha256(file).substring(0, 12));
        return Optional.of(new PromptTemplate(
                ref,
                required(file, front, "description", problems),
                front.path("model").path("temperature").asDouble(0.2),
                front.path("model").path("maxOutputTokens").asInt(1024),
                inputs,
                schema,
                sections[0],
                sections[1]));
    }

    private static void checkIdentity(Path file, String id, int version, List<String> problems) {
        Matcher name = FILE_NAME.matcher(file.getFileName().toString());
        if (!name.matches() || Integer.parseInt(name.group(1)) != version) {
            problems.add(
                    file + ": version " + version + " does not match the file name (expected v<version>.prompt.md)");
        }
        if (!file.getParent().getFileName().toString().equals(id)) {
            problems.add(file + ": id '" + id + "' does not match its directory");
        }
    }

    private static Map<String, PromptTemplate.Input> inputs(Path file, JsonNode node, List<String> problems) {
        Map<String, PromptTemplate.Input> inputs = new LinkedHashMap<>();
        if (!node.isObject() || node.isEmpty()) {
            problems.add(file + ": inputs: declare at least one input");
            return inputs;
        }
        node.fields().forEachRemaining(field -> {
            if (!field.getKey().matches("[a-z][a-z0-9_]*")) {
                problems.add(file + ": inputs." + field.getKey() + ": names are snake_case");
            }
            String description = field.getValue().isTextual()
                    ? field.getValue().asText()
                    : field.getValue().path("description").asText("");
            boolean untrusted = field.getValue().path("untrusted").asBoolean(false);
            if (description.isBlank()) {
                problems.add(file + ": inputs." + field.getKey() + ": needs a description");
            }
            inputs.put(field.getKey(), new PromptTemplate.Input(description, untrusted));
        });
        return inputs;
    }

    private static Optional<JsonNode> output(Path file, JsonNode output, List<String> problems) {
        String format = output.path("format").asText("");
        if (format.equals("text")) {
            return Optional.empty();
        }
        if (!format.equals("json")) {
            problems.add(file + ": output.format: must be json or text");
            return Optional.empty();
        }
        JsonNode schema = new ObjectMapper().valueToTree(output.path("schema"));
        if (!schema.isObject()) {
            problems.add(file + ": output.schema: a JSON output needs a JSON Schema");
            return Optional.empty();
        }
        try {
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
        } catch (RuntimeException e) {
            problems.add(file + ": output.schema: not a valid JSON Schema: " + e.getMessage());
        }
        return Optional.of(schema);
    }

    private static String[] sections(Path file, String body, List<String> problems) {
        int system = body.indexOf(SYSTEM);
        int user = body.indexOf(USER);
        if (system < 0 || user < 0 || user < system) {
            problems.add(file + ": needs a '" + SYSTEM + "' section followed by a '" + USER + "' section");
            return new String[] {"", ""};
        }
        return new String[] {
            body.substring(system + SYSTEM.length(), user).strip(),
            body.substring(user + USER.length()).strip()
        };
    }

    private static void checkVariables(
            Path file, String[] sections, Map<String, PromptTemplate.Input> inputs, List<String> problems) {
        Set<String> used = new LinkedHashSet<>();
        for (String section : sections) {
            Matcher tag = ANY_TEMPLATE_TAG.matcher(section);
            while (tag.find()) {
                Matcher variable = PromptRegistry.VARIABLE.matcher(tag.group());
                if (!variable.matches()) {
                    problems.add(file + ": '" + tag.group() + "': only {{snake_case}} variables are allowed, no logic");
                } else {
                    used.add(variable.group(1));
                }
            }
        }
        used.stream()
                .filter(v -> !inputs.containsKey(v))
                .forEach(v -> problems.add(file + ": uses the undeclared variable {{" + v + "}}"));
        inputs.keySet().stream()
                .filter(v -> !used.contains(v))
                .forEach(v -> problems.add(file + ": declares the input '" + v + "' but never uses it"));
        inputs.forEach((name, input) -> {
            if (input.untrusted()) {
                checkUntrusted(file, name, sections, problems);
            }
        });
    }

    /** Untrusted text belongs in the per-call part, inside its own delimiters, never in the stable prefix. */
    private static void checkUntrusted(Path file, String name, String[] sections, List<String> problems) {
        if (PromptRegistry.VARIABLE
                .matcher(sections[0])
                .results()
                .anyMatch(m -> m.group(1).equals(name))) {
            problems.add(file + ": the untrusted input '" + name + "' may appear only in the user section");
        }
        Pattern delimited = Pattern.compile("<" + name + ">\\s*\\{\\{\\s*" + name + "\\s*}}\\s*</" + name + ">");
        if (!delimited.matcher(sections[1]).find()) {
            problems.add(file + ": the untrusted input '" + name + "' must be wrapped as <" + name + ">{{" + name
                    + "}}</" + name + ">");
        }
    }

    private static Map<String, String> readLock(Path lock, List<String> problems) {
        Map<String, String> entries = new LinkedHashMap<>();
        if (!Files.exists(lock)) {
            problems.add(lock + ": the lock file is missing");
            return entries;
        }
        try {
            for (String line : Files.readAllLines(lock, StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("\\s+");
                if (parts.length != 2 || !parts[1].matches("[0-9a-f]{64}")) {
                    problems.add(lock + ": '" + trimmed + "': expected '<id>@<version> <sha256>'");
                } else {
                    entries.put(parts[0], parts[1]);
                }
            }
        } catch (IOException e) {
            problems.add(lock + ": cannot be read: " + e.getMessage());
        }
        return entries;
    }

    private static void checkLock(Path file, String key, String hash, Map<String, String> lock, List<String> problems) {
        String locked = lock.get(key);
        if (locked == null) {
            problems.add(file + ": " + key + " is not in " + LOCK + "; add the line: " + key + " " + hash);
        } else if (!locked.equals(hash)) {
            problems.add(file + ": " + key + " changed after it was locked (locked " + locked + ", now " + hash
                    + "); a merged version never changes: add a new version instead");
        }
    }

    private static JsonNode yaml(Path file, String text, List<String> problems) {
        try {
            JsonNode node = new YAMLMapper().readTree(text);
            if (node == null || !node.isObject()) {
                problems.add(file + ": the front matter must be a YAML mapping");
                return null;
            }
            return node;
        } catch (JsonProcessingException e) {
            problems.add(file + ": the front matter is not valid YAML: " + e.getOriginalMessage());
            return null;
        }
    }

    private static String required(Path file, JsonNode front, String field, List<String> problems) {
        String value = front.path(field).asText("");
        if (value.isBlank()) {
            problems.add(file + ": " + field + ": is required");
        }
        return value;
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

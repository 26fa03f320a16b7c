package dev.interviewcopilot.server.llm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The versioned prompts, loaded and checked at start-up, with the version of each that configuration pins.
 * Renders a prompt by filling its declared {@code {{snake_case}}} variables; untrusted values are kept inside their
 * delimiters, so a candidate cannot close the data block and write instructions after it.
 */
public final class PromptRegistry {
    static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([a-z][a-z0-9_]*)\\s*}}");

    private final Map<String, PromptTemplate> pinned;
    private final List<PromptTemplate> all;

    private PromptRegistry(Map<String, PromptTemplate> pinned, List<PromptTemplate> all) {
        this.pinned = Map.copyOf(pinned);
        this.all = List.copyOf(all);
    }

    /**
     * Loads every prompt under {@code dir}, checks them against the lock file, and selects the pinned versions.
     *
     * @param pins prompt id to the version to use
     * @throws PromptValidationException listing every problem
     */
    public static PromptRegistry load(Path dir, Map<String, Integer> pins) {
        List<String> problems = new ArrayList<>();
        List<PromptTemplate> templates = PromptFiles.load(dir, problems);
        Map<String, PromptTemplate> pinned = new LinkedHashMap<>();
        pins.forEach((id, version) -> {
            Optional<PromptTemplate> match = templates.stream()
                    .filter(t -> t.ref().id().equals(id) && t.ref().version() == version)
                    .findFirst();
            if (match.isPresent()) {
                pinned.put(id, match.get());
            } else {
                problems.add("configuration pins " + id + "@" + version + ", but "
                        + dir.resolve(id).resolve("v" + version + ".prompt.md") + " does not exist or is invalid");
            }
        });
        if (!problems.isEmpty()) {
            throw new PromptValidationException(problems);
        }
        return new PromptRegistry(pinned, templates);
    }

    /** The reference of the pinned version of a prompt. */
    public PromptRef ref(String id) {
        return template(id).ref();
    }

    /** Every loaded version of every prompt. */
    public List<PromptTemplate> all() {
        return all;
    }

    /** The pinned template of a prompt. */
    public PromptTemplate template(String id) {
        PromptTemplate template = pinned.get(id);
        if (template == null) {
            throw new IllegalArgumentException("no pinned version of prompt '" + id + "'");
        }
        return template;
    }

    /**
     * Fills the pinned version of a prompt.
     *
     * @throws IllegalArgumentException if a declared variable is missing or an undeclared one is given
     */
    public RenderedPrompt render(String id, Map<String, String> values) {
        PromptTemplate template = template(id);
        if (!values.keySet().equals(template.inputs().keySet())) {
            throw new IllegalArgumentException("prompt " + template.ref() + " takes "
                    + template.inputs().keySet() + " but was given " + values.keySet());
        }
        return new RenderedPrompt(
                template.ref(),
                fill(template.system(), template, values),
                fill(template.user(), template, values),
                template.outputSchema(),
                template.temperature(),
                template.maxOutputTokens());
    }

    private static String fill(String text, PromptTemplate template, Map<String, String> values) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = values.get(name);
            if (template.inputs().get(name).untrusted()) {
                value = neutralizeDelimiters(name, value);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** An untrusted value may not contain the tags that delimit it: {@code </answer>} becomes {@code [/answer]}. */
    static String neutralizeDelimiters(String name, String value) {
        return value.replaceAll("(?i)<\\s*(/?)\\s*" + Pattern.quote(name) + "\\s*>", "[$1" + name + "]");
    }
}

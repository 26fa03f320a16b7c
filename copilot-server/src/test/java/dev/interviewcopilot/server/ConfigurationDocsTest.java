package dev.interviewcopilot.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README documents every setting of application.yaml, with its environment variable and default. */
class ConfigurationDocsTest {

    @Test
    void should_document_every_setting_with_its_environment_variable_and_default() throws IOException {
        String readme = Files.readString(TestBank.dir().resolveSibling("README.md"));
        JsonNode defaults;
        try (InputStream in = getClass().getResourceAsStream("/application.yaml")) {
            defaults = new YAMLMapper().readTree(in);
        }

        List<String[]> settings = new ArrayList<>();
        leaves("", defaults, settings);

        assertThat(settings).hasSizeGreaterThan(10);
        for (String key : CopilotConfig.OPTIONAL_KEYS) {
            assertThat(readme)
                    .as("README configuration row for the optional %s", key)
                    .contains("| `" + key + "` | `" + CopilotConfig.envName(key) + "` | (none) |");
        }
        for (String[] setting : settings) {
            String row =
                    "| `" + setting[0] + "` | `" + CopilotConfig.envName(setting[0]) + "` | `" + setting[1] + "` |";
            assertThat(readme).as("README configuration row for %s", setting[0]).contains(row);
        }
    }

    private static void leaves(String prefix, JsonNode node, List<String[]> out) {
        if (!node.isObject()) {
            out.add(new String[] {prefix, node.asText()});
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            leaves(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), out);
        }
    }
}

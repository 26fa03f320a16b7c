package dev.interviewcopilot.server.assist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamedObjectsTest {

    @Test
    void should_yield_each_element_when_its_closing_brace_arrives_whatever_the_pieces() {
        String reply = "```json\n{\"probes\": [{\"text\": \"Why {not} a \\\"lock\\\"?\", \"target\": {\"kind\": "
                + "\"key-point\", \"id\": \"a\"}}, {\"text\": \"]}{\"}]}\n```";
        for (int size = 1; size <= reply.length(); size++) {
            StreamedObjects objects = new StreamedObjects();
            List<JsonNode> found = new ArrayList<>();
            for (int i = 0; i < reply.length(); i += size) {
                found.addAll(objects.feed(reply.substring(i, Math.min(reply.length(), i + size))));
            }

            assertThat(found).extracting(n -> n.path("text").asText()).containsExactly("Why {not} a \"lock\"?", "]}{");
            assertThat(found.get(0).path("target").path("id").asText()).isEqualTo("a");
        }
    }

    @Test
    void should_yield_nothing_until_an_element_is_complete() {
        StreamedObjects objects = new StreamedObjects();

        assertThat(objects.feed("{\"probes\": [{\"text\": \"How")).isEmpty();
        assertThat(objects.feed(" would you\"")).isEmpty();
        assertThat(objects.feed("}")).hasSize(1);
        assertThat(objects.malformed()).isZero();
    }
}

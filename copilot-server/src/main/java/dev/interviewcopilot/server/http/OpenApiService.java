package dev.interviewcopilot.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the OpenAPI 3.1 document of the whole API, written by hand in {@code openapi.yaml} and kept true by
 * {@code OpenApiContractTest}. YAML by default; JSON when the client prefers {@code application/json}.
 */
public final class OpenApiService implements HttpService {
    static final String RESOURCE = "/openapi.yaml";

    private final byte[] yaml;
    private final byte[] json;

    private OpenApiService(byte[] yaml) {
        this.yaml = yaml;
        try {
            JsonNode document = new YAMLMapper().readTree(yaml);
            this.json = Json.mapper().writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled OpenAPI document is not valid YAML", e);
        }
    }

    public static OpenApiService create() {
        try (InputStream in = OpenApiService.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document " + RESOURCE + " is missing from the classpath");
            }
            return new OpenApiService(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::document);
    }

    private void document(ServerRequest request, ServerResponse response) {
        boolean wantsJson = request.headers()
                .bestAccepted(MediaTypes.APPLICATION_YAML, MediaTypes.APPLICATION_JSON)
                .filter(MediaTypes.APPLICATION_JSON::equals)
                .isPresent();
        response.header(HeaderNames.CONTENT_TYPE, wantsJson ? Json.APPLICATION_JSON : "application/yaml");
        response.send(wantsJson ? json : yaml);
    }
}

package dev.interviewcopilot.server.web;

import dev.interviewcopilot.server.http.NotFoundException;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Serves the web app: {@code /} is its page, {@code /app/<name>.js|.css} its modules and stylesheet, read from the
 * jar's {@code web/} folder. Nothing comes from the internet: the content security policy allows scripts, styles,
 * requests and images from this origin only, and no framing. Only plain file names are served, so no path can
 * reach outside {@code web/app}.
 */
public final class WebAppService implements HttpService {
    /** What every page and asset is sent with. */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy",
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
                    + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            "X-Content-Type-Options",
            "nosniff",
            "Referrer-Policy",
            "no-referrer",
            "Cross-Origin-Opener-Policy",
            "same-origin");

    private static final Pattern ASSET = Pattern.compile("[a-z][a-z0-9-]*\\.(js|css)");
    private static final Map<String, String> TYPES =
            Map.of("html", "text/html", "js", "text/javascript", "css", "text/css");

    private final ClassLoader loader = WebAppService.class.getClassLoader();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    public static WebAppService create() {
        return new WebAppService();
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", (request, response) -> send(response, "web/index.html")).get("/app/{name}", this::asset);
    }

    private void asset(ServerRequest request, ServerResponse response) {
        String name = request.path().pathParameters().get("name");
        if (!ASSET.matcher(name).matches()) {
            throw new NotFoundException("no web app file " + name);
        }
        send(response, "web/app/" + name);
    }

    private void send(ServerResponse response, String resource) {
        byte[] body = files.get(resource);
        if (body == null) {
            // Only files that exist are kept, so requests for made-up names cannot grow the map.
            body = read(resource).orElseThrow(() -> new NotFoundException("no web app file " + resource.substring(4)));
            files.put(resource, body);
        }
        String extension = resource.substring(resource.lastIndexOf('.') + 1);
        response.header(HeaderNames.CONTENT_TYPE, TYPES.get(extension) + "; charset=utf-8");
        response.header(HeaderNames.CACHE_CONTROL, "no-cache");
        SECURITY_HEADERS.forEach(response::header);
        response.send(body);
    }

    private Optional<byte[]> read(String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + " from the jar", e);
        }
    }
}

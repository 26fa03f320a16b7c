package dev.interviewcopilot.server.http;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that ties a request's response, logs and problem body together. A client's {@code X-Request-Id} is
 * kept when it is a plausible id, so ids propagate through proxies and callers; otherwise one is generated.
 *
 * @param value the id
 */
public record RequestId(String value) {
    static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    /** The client's id if acceptable, else a fresh one. */
    static RequestId fromClient(Optional<String> header) {
        return header.filter(h -> ACCEPTABLE.matcher(h).matches())
                .map(RequestId::new)
                .orElseGet(RequestId::generate);
    }

    static RequestId generate() {
        return new RequestId(UUID.randomUUID().toString());
    }
}

package dev.interviewcopilot.server.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The HTTP client behind every LangChain4j model, on the JDK's client. It differs from LangChain4j's own in three
 * ways the guard needs: a non-2xx answer keeps its {@code Retry-After}; transport failures (reset connections,
 * garbage, a body cut short) become retriable errors; and it counts the requests it sends, so tests can check how
 * many upstream calls a request caused. Streams are read on the calling thread, which the guard can interrupt.
 */
final class ProviderHttpClient implements HttpClient {
    private final java.net.http.HttpClient client;
    private final Duration readTimeout;
    private final AtomicLong requests;

    private ProviderHttpClient(Duration connectTimeout, Duration readTimeout, AtomicLong requests) {
        this.client = java.net.http.HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build();
        this.readTimeout = readTimeout;
        this.requests = requests;
    }

    /** A LangChain4j client builder that yields this client; {@code requests} counts what it sends. */
    static HttpClientBuilder builder(AtomicLong requests) {
        return new Builder(requests);
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) throws HttpException {
        try {
            requests.incrementAndGet();
            HttpResponse<byte[]> response = client.send(toJdk(request), HttpResponse.BodyHandlers.ofByteArray());
            if (!successful(response)) {
                throw failure(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), response);
            }
            return SuccessfulHttpResponse.builder()
                    .statusCode(response.statusCode())
                    .headers(response.headers().map())
                    .body(response.body())
                    .build();
        } catch (HttpTimeoutException e) {
            throw new TimeoutException(e);
        } catch (IOException e) {
            throw new RetriableException("model provider connection failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetriableException("interrupted while calling the model provider", e);
        }
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        try {
            requests.incrementAndGet();
            HttpResponse<InputStream> response = client.send(toJdk(request), HttpResponse.BodyHandlers.ofInputStream());
            if (!successful(response)) {
                try (InputStream body = response.body()) {
                    listener.onError(failure(
                            response.statusCode(), new String(body.readAllBytes(), StandardCharsets.UTF_8), response));
                }
                return;
            }
            listener.onOpen(SuccessfulHttpResponse.builder()
                    .statusCode(response.statusCode())
                    .headers(response.headers().map())
                    .build());
            try (InputStream body = response.body()) {
                parser.parse(body, listener);
            }
            listener.onClose();
        } catch (HttpTimeoutException e) {
            listener.onError(new TimeoutException(e));
        } catch (IOException e) {
            listener.onError(new RetriableException("model provider stream failed: " + e.getMessage(), e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            listener.onError(new RetriableException("interrupted while streaming from the model provider", e));
        } catch (RuntimeException e) {
            listener.onError(e);
        }
    }

    private java.net.http.HttpRequest toJdk(HttpRequest request) {
        java.net.http.HttpRequest.Builder builder =
                java.net.http.HttpRequest.newBuilder(URI.create(request.url())).timeout(readTimeout);
        request.headers().forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
        java.net.http.HttpRequest.BodyPublisher body = request.body() == null
                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(request.body());
        return builder.method(request.method().name(), body).build();
    }

    private static boolean successful(HttpResponse<?> response) {
        return response.statusCode() >= 200 && response.statusCode() < 300;
    }

    private static ProviderHttpException failure(int status, String body, HttpResponse<?> response) {
        return new ProviderHttpException(
                status, body, response.headers().firstValue("Retry-After").flatMap(ProviderHttpClient::retryAfter));
    }

    /** Retry-After is either delay-seconds or an HTTP date. */
    static Optional<Duration> retryAfter(String value) {
        String trimmed = value.strip();
        try {
            long seconds = Long.parseLong(trimmed);
            return seconds >= 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration until = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    private static final class Builder implements HttpClientBuilder {
        private final AtomicLong requests;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(60);

        Builder(AtomicLong requests) {
            this.requests = requests;
        }

        @Override
        public Duration connectTimeout() {
            return connectTimeout;
        }

        @Override
        public HttpClientBuilder connectTimeout(Duration timeout) {
            if (timeout != null) {
                this.connectTimeout = timeout;
            }
            return this;
        }

        @Override
        public Duration readTimeout() {
            return readTimeout;
        }

        @Override
        public HttpClientBuilder readTimeout(Duration timeout) {
            if (timeout != null) {
                this.readTimeout = timeout;
            }
            return this;
        }

        @Override
        public HttpClient build() {
            return new ProviderHttpClient(connectTimeout, readTimeout, requests);
        }
    }
}

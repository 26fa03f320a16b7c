package dev.interviewcopilot.server.catalog;

import dev.interviewcopilot.server.retrieval.SearchMode;
import io.helidon.metrics.api.Metrics;
import io.helidon.metrics.api.Tag;
import io.helidon.metrics.api.Timer;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Search latency per mode, published at {@code /observe/metrics} as {@code copilot_search_seconds} with
 * percentiles and a histogram, so operators can watch what the benchmarks measure.
 */
final class SearchMetrics {
    private final Map<SearchMode, Timer> timers = new EnumMap<>(SearchMode.class);

    SearchMetrics() {
        for (SearchMode mode : SearchMode.values()) {
            timers.put(
                    mode,
                    Metrics.getOrCreate(Timer.builder("copilot.search")
                            .description("Question searches, from query to ranked ids")
                            .scope("application")
                            .addTag(Tag.create("mode", mode.wireName()))
                            .percentiles(0.5, 0.99)
                            .publishPercentileHistogram(true)));
        }
    }

    <T> T time(SearchMode mode, Supplier<T> search) {
        return timers.get(mode).record(search);
    }
}

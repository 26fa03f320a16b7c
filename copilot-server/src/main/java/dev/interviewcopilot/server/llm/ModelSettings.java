package dev.interviewcopilot.server.llm;

import java.time.Duration;
import java.util.Optional;

/**
 * Which model to call and how.
 *
 * @param provider the kind of endpoint; {@code OFFLINE} for none
 * @param baseUrl the API base URL (for Azure, the deployment URL)
 * @param apiKey the API key, if the endpoint needs one; never logged or returned
 * @param model the model name (for Azure, the deployment name)
 * @param organization the OpenAI organisation, if any
 * @param apiVersion the Azure {@code api-version}
 * @param temperature sampling temperature
 * @param requestTimeout the HTTP read timeout of one attempt; the guard's time limiter usually cuts in first
 */
public record ModelSettings(
        Provider provider,
        String baseUrl,
        Optional<String> apiKey,
        String model,
        Optional<String> organization,
        Optional<String> apiVersion,
        double temperature,
        Duration requestTimeout) {

    /** No model configured. */
    public static ModelSettings offline() {
        return new ModelSettings(
                Provider.OFFLINE,
                "",
                Optional.empty(),
                "",
                Optional.empty(),
                Optional.empty(),
                0.2,
                Duration.ofSeconds(60));
    }

    /** Whether a model is configured at all. */
    public boolean configured() {
        return provider != Provider.OFFLINE;
    }

    /** {@code provider/model}, as recorded with outputs and logged at start-up. Never includes the key. */
    public String describe() {
        return configured() ? provider.id() + "/" + model : "offline";
    }

    @Override
    public String toString() {
        // Records print every component; this one must never print the key.
        return "ModelSettings[" + describe() + " at " + baseUrl + "]";
    }
}

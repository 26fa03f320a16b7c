package dev.interviewcopilot.server.bank;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Where an item that did not come from the curated files came from: a model drafted it for a requirement of a
 * question set, and a person reviewed and approved it into the bank.
 *
 * @param questionSet the question set it was drafted for
 * @param requirement the requirement it was drafted to cover, as the hiring manager confirmed it
 * @param prompt the prompt version that drafted it ({@code id@version#hash})
 * @param model {@code provider/model} that drafted it
 * @param reviewedBy who approved it
 * @param reviewedAt when
 */
public record ItemOrigin(
        UUID questionSet,
        String requirement,
        Optional<String> prompt,
        Optional<String> model,
        String reviewedBy,
        Instant reviewedAt) {}

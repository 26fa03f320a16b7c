package dev.interviewcopilot.server.questionset;

import java.util.Optional;
import java.util.UUID;

/**
 * A requirement no planned bank question covers.
 *
 * @param requirement the requirement id
 * @param reason why the bank could not cover it, in words
 * @param draft the drafted question proposed for it, when a model drafted one
 */
public record Gap(String requirement, String reason, Optional<UUID> draft) {}

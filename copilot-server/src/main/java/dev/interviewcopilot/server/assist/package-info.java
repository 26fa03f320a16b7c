/**
 * The AI operations the product offers, each served by two engines: the model (through the guarded
 * {@code llm} gateway and a versioned prompt) and the offline engine (the bank, in-process embeddings and
 * lexical cues). Every result says which engine produced it and why; model output is checked by code (ids exist,
 * evidence is verbatim, the protected-topic linter passes) before anyone sees it. Depends on {@code bank},
 * {@code compliance}, {@code llm} and {@code retrieval}'s text analysis; imports no HTTP code.
 */
package dev.interviewcopilot.server.assist;

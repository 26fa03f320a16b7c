/**
 * The decision trail: an append-only, hash-chained log per interview of every AI output and every human action.
 * Events are written in the same transaction as the action they record, so an action is never without its trail.
 * Erasure replaces payloads with tombstones; the chain covers payload hashes, so it still verifies afterwards.
 */
package dev.interviewcopilot.server.audit;

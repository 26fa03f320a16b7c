package dev.interviewcopilot.server.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.interviewcopilot.server.http.Json;
import java.util.Optional;

/**
 * One trail event as the API shows it: the payload as JSON (absent once erased) with the hashes that chain it.
 *
 * @param seq position in its trail, from 1
 * @param at when, ISO-8601
 * @param actor who acted, or {@code copilot}
 * @param kind what happened
 * @param payload what was recorded; absent when erased
 * @param erased whether the payload was erased
 * @param payloadHash SHA-256 of the payload as recorded
 * @param prevHash the previous event's hash
 * @param hash this event's hash
 */
public record EventView(
        long seq,
        String at,
        String actor,
        String kind,
        Optional<Object> payload,
        boolean erased,
        String payloadHash,
        String prevHash,
        String hash) {

    public static EventView of(AuditEvent e) {
        return new EventView(
                e.seq(),
                e.at().toString(),
                e.actor(),
                e.kind(),
                e.payload().map(EventView::tree),
                e.payload().isEmpty(),
                e.payloadHash(),
                e.prevHash(),
                e.hash());
    }

    private static Object tree(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            // Not JSON means the row was altered outside the service; verification reports it, the text stays.
            return json;
        }
    }
}

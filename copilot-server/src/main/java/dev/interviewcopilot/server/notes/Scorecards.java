package dev.interviewcopilot.server.notes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interviewcopilot.server.audit.AuditRepository;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.bank.ScorecardTemplate;
import dev.interviewcopilot.server.http.BadRequestException;
import dev.interviewcopilot.server.http.Checks;
import dev.interviewcopilot.server.http.ConflictException;
import dev.interviewcopilot.server.http.Json;
import dev.interviewcopilot.server.http.UnprocessableException;
import dev.interviewcopilot.server.live.Interview;
import dev.interviewcopilot.server.live.Interviews;
import dev.interviewcopilot.server.store.Database;
import dev.interviewcopilot.server.store.Sha256;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The interviewer's scorecard: saved while a draft (optimistically versioned), signed and locked on submission,
 * amended afterwards with a signature per amendment. Every save, submission and amendment is in the trail, with
 * the values the interviewer set: ratings are human decisions and the trail is where decisions are kept.
 */
public final class Scorecards {
    private static final ObjectMapper CANONICAL =
            Json.mapper().copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final Database database;
    private final AuditRepository trail;
    private final QuestionBank bank;
    private final Interviews interviews;
    private final Clock clock;
    private final ScorecardRepository scorecards = new ScorecardRepository();

    public Scorecards(Database database, AuditRepository trail, QuestionBank bank, Interviews interviews, Clock clock) {
        this.database = database;
        this.trail = trail;
        this.bank = bank;
        this.interviews = interviews;
        this.clock = clock;
    }

    /**
     * A scorecard with what it needs to be shown.
     *
     * @param interview the interview
     * @param template its template
     * @param scorecard the stored scorecard, or a fresh draft prefilled from the interview
     */
    public record Current(Interview interview, ScorecardTemplate template, Scorecard scorecard) {}

    public Current current(UUID interviewId) {
        Interview interview = interviews.require(interviewId);
        ScorecardTemplate template = template(interview);
        Scorecard scorecard =
                database.read(c -> scorecards.find(c, interviewId)).orElseGet(() -> fresh(interview, template));
        return new Current(interview, template, scorecard);
    }

    /** Saves changed values; 409 once submitted, or when {@code expectedVersion} is stale. */
    public Current save(UUID interviewId, JsonNode values, Optional<Long> expectedVersion, String actor) {
        Interview interview = interviews.require(interviewId);
        ScorecardTemplate template = template(interview);
        Checks checks = new Checks();
        ObjectNode changes = ScorecardForm.changes(template, values, checks);
        checks.orThrow();
        Scorecard saved = database.write(c -> {
            Scorecard stored = scorecards.find(c, interview.id()).orElseGet(() -> fresh(interview, template));
            if (stored.status() == Scorecard.Status.SUBMITTED) {
                throw new ConflictException("The scorecard is submitted and locked; add an amendment instead.");
            }
            checkVersion(stored, expectedVersion);
            Scorecard next = new Scorecard(
                    interviewId,
                    template.id(),
                    ScorecardForm.apply(stored.values(), changes),
                    Scorecard.Status.DRAFT,
                    stored.version() + 1,
                    clock.instant(),
                    Optional.empty(),
                    List.of());
            if (!scorecards.save(c, stored, next)) {
                throw new ConflictException("The scorecard changed meanwhile; reload it and apply your change again.");
            }
            trail.record(
                    c,
                    interviewId.toString(),
                    actor,
                    "scorecard-saved",
                    Map.of("version", next.version(), "changes", changes));
            return next;
        });
        return new Current(interview, template, saved);
    }

    /** Signs and locks the scorecard; only the interviewer who ran the interview signs it. */
    public Current submit(UUID interviewId, String signedBy, Optional<Long> expectedVersion) {
        Interview interview = interviews.require(interviewId);
        ScorecardTemplate template = template(interview);
        requireInterviewer(interview, signedBy);
        Scorecard submitted = database.write(c -> {
            Scorecard stored = scorecards.find(c, interview.id()).orElseGet(() -> fresh(interview, template));
            if (stored.status() == Scorecard.Status.SUBMITTED) {
                throw new ConflictException("The scorecard is already submitted; add an amendment instead.");
            }
            checkVersion(stored, expectedVersion);
            var missing = ScorecardForm.missing(template, stored.values());
            if (!missing.isEmpty()) {
                throw new UnprocessableException(
                        "scorecard-incomplete",
                        "Scorecard incomplete",
                        missing.size() + " required field(s) are empty; fill them in before submitting.",
                        missing);
            }
            Instant at = clock.instant();
            ObjectNode signedValues = ScorecardForm.sign(template, stored.values(), signedBy);
            String hash = hash(interviewId, template.id(), signedValues, signedBy, at, "");
            Scorecard next = new Scorecard(
                    interviewId,
                    template.id(),
                    signedValues,
                    Scorecard.Status.SUBMITTED,
                    stored.version() + 1,
                    at,
                    Optional.of(new Scorecard.Signature(signedBy, at, hash)),
                    List.of());
            if (!scorecards.save(c, stored, next)) {
                throw new ConflictException("The scorecard changed meanwhile; reload it and apply your change again.");
            }
            trail.record(
                    c,
                    interviewId.toString(),
                    signedBy,
                    "scorecard-submitted",
                    Map.of("version", next.version(), "contentHash", hash, "values", signedValues));
            return next;
        });
        return new Current(interview, template, submitted);
    }

    /** A signed change to a submitted scorecard. */
    public Current amend(UUID interviewId, JsonNode values, String reason, String signedBy) {
        Interview interview = interviews.require(interviewId);
        ScorecardTemplate template = template(interview);
        requireInterviewer(interview, signedBy);
        Checks checks = new Checks();
        ObjectNode changes = ScorecardForm.changes(template, values, checks);
        checks.require(!changes.isEmpty() || values == null || !values.isObject(), "values", "must change a field");
        checks.orThrow();
        Scorecard amended = database.write(c -> {
            Scorecard stored = scorecards.find(c, interview.id()).orElseGet(() -> fresh(interview, template));
            if (stored.status() != Scorecard.Status.SUBMITTED) {
                throw new ConflictException("The scorecard is not submitted yet; edit it instead of amending it.");
            }
            var emptied = ScorecardForm.missing(template, ScorecardForm.apply(stored.currentValues(), changes));
            if (!emptied.isEmpty()) {
                throw new UnprocessableException(
                        "scorecard-incomplete",
                        "Scorecard incomplete",
                        "An amendment may change a required field but not empty it.",
                        emptied);
            }
            Instant at = clock.instant();
            long seq = stored.amendments().size() + 1L;
            String hash = hash(interviewId, template.id(), changes, signedBy, at, stored.lastHash() + "\n" + reason);
            Scorecard.Amendment amendment =
                    new Scorecard.Amendment(seq, changes, reason, new Scorecard.Signature(signedBy, at, hash));
            scorecards.addAmendment(c, interviewId, amendment);
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("seq", seq);
            payload.put("reason", reason);
            payload.put("changes", changes);
            payload.put("contentHash", hash);
            trail.record(c, interviewId.toString(), signedBy, "scorecard-amended", payload);
            return scorecards.find(c, interviewId).orElseThrow();
        });
        return new Current(interview, template, amended);
    }

    private Scorecard fresh(Interview interview, ScorecardTemplate template) {
        return new Scorecard(
                interview.id(),
                template.id(),
                ScorecardForm.prefill(template, interview),
                Scorecard.Status.DRAFT,
                0,
                interview.createdAt(),
                Optional.empty(),
                List.of());
    }

    private static void checkVersion(Scorecard stored, Optional<Long> expected) {
        if (expected.isPresent() && expected.get() != stored.version()) {
            throw new ConflictException("The scorecard is at version " + stored.version() + ", not " + expected.get()
                    + "; reload it and apply your change again.");
        }
    }

    private static void requireInterviewer(Interview interview, String signedBy) {
        if (!interview.interviewer().equals(signedBy)) {
            throw new BadRequestException(
                    "signedBy", "must be the interviewer who ran the interview (" + interview.interviewer() + ")");
        }
    }

    private ScorecardTemplate template(Interview interview) {
        return bank.scorecardTemplates().stream()
                .filter(t -> t.id().equals(interview.scorecardTemplate()))
                .findFirst()
                .orElseThrow(() -> new ConflictException("The interview's scorecard template "
                        + interview.scorecardTemplate() + " is no longer in the bank."));
    }

    /** SHA-256 over what was signed, with object keys in a fixed order so the hash can be recomputed. */
    static String hash(
            UUID interviewId, String templateId, ObjectNode values, String signedBy, Instant at, String chained) {
        try {
            String canonical = CANONICAL.writeValueAsString(CANONICAL.treeToValue(values, Object.class));
            return Sha256.hex("interview:" + interviewId + "\ntemplate:" + templateId + "\nvalues:" + canonical
                    + "\nsignedBy:" + signedBy + "\nsignedAt:" + at + "\nchained:" + chained);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

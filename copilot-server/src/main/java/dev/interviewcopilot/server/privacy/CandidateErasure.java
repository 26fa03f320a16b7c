package dev.interviewcopilot.server.privacy;

import dev.interviewcopilot.server.audit.AuditRepository;
import dev.interviewcopilot.server.http.NotFoundException;
import dev.interviewcopilot.server.live.Interview;
import dev.interviewcopilot.server.live.InterviewRepository;
import dev.interviewcopilot.server.live.ProbeRepository;
import dev.interviewcopilot.server.live.TranscriptRepository;
import dev.interviewcopilot.server.notes.NoteRepository;
import dev.interviewcopilot.server.notes.ScorecardRepository;
import dev.interviewcopilot.server.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Erases a candidate's personal data from every table in one transaction: all of it goes, or none. */
public final class CandidateErasure {
    private final Database database;
    private final AuditRepository trail;
    private final Clock clock;
    private final InterviewRepository interviews = new InterviewRepository();
    private final TranscriptRepository transcripts = new TranscriptRepository();
    private final ProbeRepository probes = new ProbeRepository();
    private final NoteRepository notes = new NoteRepository();
    private final ScorecardRepository scorecards = new ScorecardRepository();

    public CandidateErasure(Database database, AuditRepository trail, Clock clock) {
        this.database = database;
        this.trail = trail;
        this.clock = clock;
    }

    /**
     * What an erasure removed.
     *
     * @param candidateId the candidate
     * @param erasedAt when
     * @param interviews the interviews whose data went
     * @param removed rows removed or tombstoned, by kind
     */
    public record Erased(UUID candidateId, String erasedAt, List<UUID> interviews, Map<String, Integer> removed) {}

    public Erased erase(UUID candidateId, String actor) {
        return database.write(c -> {
            List<Interview> found = interviews.byCandidate(c, candidateId);
            Instant at = clock.instant();
            if (!interviews.eraseCandidate(c, candidateId, at)) {
                throw new NotFoundException("No candidate has the id " + candidateId + ".");
            }
            Map<String, Integer> removed = new LinkedHashMap<>();
            List<UUID> ids = new ArrayList<>();
            for (Interview interview : found) {
                UUID id = interview.id();
                ids.add(id);
                add(removed, "transcriptSegments", transcripts.deleteAll(c, id));
                add(removed, "probes", probes.deleteAll(c, id));
                add(removed, "notes", notes.deleteAll(c, id));
                add(removed, "scorecards", scorecards.deleteAll(c, id));
                add(removed, "auditPayloads", trail.erase(c, id.toString()));
                trail.record(c, id.toString(), actor, "candidate-erased", Map.of("candidateId", candidateId));
            }
            return new Erased(candidateId, at.toString(), ids, removed);
        });
    }

    private static void add(Map<String, Integer> removed, String kind, int count) {
        removed.merge(kind, count, Integer::sum);
    }
}

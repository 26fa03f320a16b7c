package dev.interviewcopilot.server.live;

import dev.interviewcopilot.server.access.Owners.Holders;
import dev.interviewcopilot.server.audit.AuditRepository;
import dev.interviewcopilot.server.audit.AuditTrail;
import dev.interviewcopilot.server.compliance.ProtectedTopicLinter;
import dev.interviewcopilot.server.http.NotFoundException;
import dev.interviewcopilot.server.store.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Interviews and their transcripts on durable storage: each change commits together with its decision-trail event.
 * Human actions are recorded with the signed-in caller as actor.
 */
public final class Interviews {
    private final Database database;
    private final AuditRepository trail;
    private final ProtectedTopicLinter linter;
    private final Clock clock;
    private final TranscriptFeed feed;
    private final InterviewRepository interviews = new InterviewRepository();
    private final TranscriptRepository transcripts = new TranscriptRepository();

    public Interviews(
            Database database, AuditRepository trail, ProtectedTopicLinter linter, TranscriptFeed feed, Clock clock) {
        this.database = database;
        this.trail = trail;
        this.linter = linter;
        this.feed = feed;
        this.clock = clock;
    }

    /** Stores a new interview; the trail records who created it for whom, without the candidate's details. */
    public Interview create(Interview interview, String actor) {
        return database.write(c -> {
            interviews.insert(c, interview);
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("candidateId", interview.candidate().id());
            payload.put("position", interview.position());
            payload.put("interviewer", interview.interviewer());
            interview.hiringManager().ifPresent(m -> payload.put("hiringManager", m));
            payload.put("stage", interview.stage());
            payload.put("date", interview.date().toString());
            payload.put("questions", interview.questions());
            payload.put("scorecardTemplate", interview.scorecardTemplate());
            trail.record(c, interview.id().toString(), actor, "interview-created", payload);
            return interview;
        });
    }

    /** The interview, or a 404. */
    public Interview require(UUID id) {
        return database.read(c -> interviews.find(c, id))
                .orElseThrow(() -> new NotFoundException("No interview has the id " + id + "."));
    }

    /** The interviews matching the filters (see {@link InterviewRepository#visible}), newest first. */
    public List<Interview> visible(Optional<String> interviewer, Optional<String> hiringManager, int limit) {
        return database.read(c -> interviews.visible(c, interviewer, hiringManager, limit));
    }

    /** Who the interview belongs to, for access checks; empty when it does not exist. */
    public Optional<Holders> holders(UUID id) {
        return database.read(c -> interviews.holders(c, id));
    }

    /** Marks the question being discussed: segments appended from now on belong to it. */
    public Interview markCurrentQuestion(UUID interviewId, UUID questionId, String actor) {
        Interview interview = require(interviewId);
        return database.write(c -> {
            interviews.setCurrentQuestion(c, interviewId, questionId);
            trail.record(c, interviewId.toString(), actor, "current-question-marked", Map.of("questionId", questionId));
            return interview.withCurrentQuestion(questionId);
        });
    }

    /**
     * Appends segments under the current question. The interviewer's own segments are linted: a protected-topic
     * question comes back as a warning with an alternative, and the trail records the topic, never the text.
     */
    public Appended append(UUID interviewId, List<TranscriptRepository.NewSegment> segments, String actor) {
        Interview interview = require(interviewId);
        Appended appended = database.write(c -> {
            List<Segment> stored =
                    transcripts.append(c, interviewId, segments, interview.currentQuestionId(), clock.instant());
            List<TranscriptWarning> warnings = new ArrayList<>();
            for (Segment s : stored) {
                if (s.speaker() == Speaker.INTERVIEWER) {
                    linter.lint(s.text()).forEach(f -> warnings.add(TranscriptWarning.of(s.id(), f)));
                }
            }
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put(
                    "segments",
                    stored.stream()
                            .map(s -> Map.of(
                                    "id", s.id(),
                                    "speaker", s.speaker().wireName(),
                                    "characters", s.text().length()))
                            .toList());
            interview.currentQuestionId().ifPresent(q -> payload.put("questionId", q));
            payload.put(
                    "protectedTopicWarnings",
                    warnings.stream()
                            .map(w -> Map.of("segmentId", w.segmentId(), "topic", w.topic()))
                            .toList());
            trail.record(c, interviewId.toString(), actor, "transcript-appended", payload);
            return new Appended(stored, warnings);
        });
        feed.changed(interviewId);
        return appended;
    }

    /** Sets who said a segment; 404 if the interview has no such segment. */
    public void relabel(UUID interviewId, String segmentId, Speaker speaker, String actor) {
        Interview interview = require(interviewId);
        long seq = Segment.seqOf(segmentId)
                .orElseThrow(() -> new NotFoundException("The interview has no segment " + segmentId + "."));
        boolean found = database.write(c -> {
            if (!transcripts.relabel(c, interviewId, seq, speaker)) {
                return false;
            }
            trail.record(
                    c,
                    interviewId.toString(),
                    actor,
                    "segment-relabelled",
                    Map.of("segmentId", segmentId, "speaker", speaker.wireName()));
            return true;
        });
        if (!found) {
            throw new NotFoundException("The interview has no segment " + segmentId + ".");
        }
    }

    /** The interview's transcript, in order. */
    public List<Segment> transcript(UUID interviewId) {
        return transcriptAfter(interviewId, 0);
    }

    /** The interview's segments after a position ({@code 0}: all of them), in order. */
    public List<Segment> transcriptAfter(UUID interviewId, long afterSeq) {
        require(interviewId);
        return database.read(c -> transcripts.listAfter(c, interviewId, afterSeq));
    }

    /** The interview's decision trail with the verification of its chain. */
    public AuditTrail trail(UUID interviewId) {
        require(interviewId);
        return database.read(c -> trail.read(c, interviewId.toString()));
    }

    /** The question a request is about: the one named, or else the current one. */
    public static Optional<UUID> questionOf(Interview interview, Optional<UUID> named) {
        return named.or(interview::currentQuestionId);
    }

    /**
     * Segments as appended, with warnings on the interviewer's own questions.
     *
     * @param segments the stored segments
     * @param warnings protected-topic warnings, with alternatives
     */
    public record Appended(List<Segment> segments, List<TranscriptWarning> warnings) {}
}

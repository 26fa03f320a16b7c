package dev.interviewcopilot.server.notes;

import dev.interviewcopilot.server.assist.AnswerSegment;
import dev.interviewcopilot.server.assist.Caller;
import dev.interviewcopilot.server.assist.NoteDraft;
import dev.interviewcopilot.server.assist.NoteDrafter;
import dev.interviewcopilot.server.assist.NoteDrafts;
import dev.interviewcopilot.server.assist.NoteRequest;
import dev.interviewcopilot.server.audit.AiOutput;
import dev.interviewcopilot.server.audit.AuditRepository;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.compliance.LintFinding;
import dev.interviewcopilot.server.compliance.ProtectedTopicLinter;
import dev.interviewcopilot.server.http.BadRequestException;
import dev.interviewcopilot.server.http.ConflictException;
import dev.interviewcopilot.server.http.FieldError;
import dev.interviewcopilot.server.http.NotFoundException;
import dev.interviewcopilot.server.http.UnprocessableException;
import dev.interviewcopilot.server.live.Interview;
import dev.interviewcopilot.server.live.Interviews;
import dev.interviewcopilot.server.live.Segment;
import dev.interviewcopilot.server.store.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Note drafts and the interviewer's decisions on them. Drafting runs only on answers that pass the transcript
 * quality gate; each draft is stored with the AI-output event that produced it. Decisions are refused once the
 * scorecard is signed: from then on, changes are amendments.
 */
public final class Notes {
    private final Database database;
    private final AuditRepository trail;
    private final QuestionBank bank;
    private final NoteDrafter drafter;
    private final ProtectedTopicLinter linter;
    private final Interviews interviews;
    private final Clock clock;
    private final NoteRepository notes = new NoteRepository();
    private final ScorecardRepository scorecards = new ScorecardRepository();

    public Notes(
            Database database,
            AuditRepository trail,
            QuestionBank bank,
            NoteDrafter drafter,
            ProtectedTopicLinter linter,
            Interviews interviews,
            Clock clock) {
        this.database = database;
        this.trail = trail;
        this.bank = bank;
        this.drafter = drafter;
        this.linter = linter;
        this.interviews = interviews;
        this.clock = clock;
    }

    /**
     * The drafts for one answer.
     *
     * @param questionId the question answered
     * @param notes the stored drafts
     * @param drafts what the drafter returned: open questions, withheld quotes, provenance
     */
    public record Drafted(UUID questionId, List<StoredNote> notes, NoteDrafts drafts) {}

    /**
     * An answer the gate held back.
     *
     * @param questionId the question
     * @param missing what it lacks
     */
    public record Skipped(UUID questionId, List<String> missing) {}

    /**
     * The outcome of a drafting request.
     *
     * @param drafted the answers drafted
     * @param skipped the answers held back by the gate, when the whole interview was asked for
     */
    public record DraftOutcome(List<Drafted> drafted, List<Skipped> skipped) {}

    /**
     * A decision and what the trail kept of it.
     *
     * @param note the note as decided
     * @param diff the interviewer's changes to the draft's wording, when they edited it
     * @param warnings protected topics the kept wording touches
     */
    public record Decided(StoredNote note, List<TextDiff.Change> diff, List<LintFinding> warnings) {}

    /** Drafts notes for the named question's answer, or for every answer in the interview. */
    public DraftOutcome draft(UUID interviewId, Optional<UUID> questionId) {
        Interview interview = interviews.require(interviewId);
        questionId.ifPresent(q -> {
            if (bank.item(q).isEmpty()) {
                throw new BadRequestException("questionId", "is not a bank question");
            }
        });
        List<Segment> transcript = interviews.transcript(interviewId);
        List<TranscriptGate.Answer> answers = TranscriptGate.answers(transcript, questionId);
        if (answers.isEmpty()) {
            throw notReady(
                    List.of(
                            new FieldError(
                                    "transcript",
                                    "holds no answer under a marked question: mark the current question before the candidate answers")));
        }
        List<TranscriptGate.Answer> ready =
                answers.stream().filter(TranscriptGate.Answer::ready).toList();
        List<Skipped> skipped = answers.stream()
                .filter(a -> !a.ready())
                .map(a -> new Skipped(a.questionId(), a.missing()))
                .toList();
        if (ready.isEmpty()) {
            List<FieldError> missing = new ArrayList<>();
            skipped.forEach(s ->
                    s.missing().forEach(m -> missing.add(new FieldError("transcript[" + s.questionId() + "]", m))));
            throw notReady(missing);
        }
        Caller caller =
                new Caller(interview.interviewer(), interview.candidate().identifiers());
        List<Drafted> drafted = new ArrayList<>();
        for (TranscriptGate.Answer answer : ready) {
            QuestionItem item = bank.item(answer.questionId()).orElse(null);
            if (item == null) {
                continue;
            }
            List<AnswerSegment> segments = answer.candidateSegments().stream()
                    .map(s -> new AnswerSegment(s.id(), s.text()))
                    .toList();
            NoteDrafts drafts = drafter.draft(new NoteRequest(item, segments, caller));
            drafted.add(store(interview, item, segments, drafts));
        }
        return new DraftOutcome(drafted, skipped);
    }

    /** Every note of the interview. */
    public List<StoredNote> list(UUID interviewId) {
        interviews.require(interviewId);
        return database.read(c -> notes.byInterview(c, interviewId));
    }

    /** The notes that reach the scorecard. */
    public List<StoredNote> confirmed(UUID interviewId) {
        return list(interviewId).stream()
                .filter(n -> n.status() == NoteStatus.CONFIRMED)
                .toList();
    }

    /**
     * Confirms (keeping the draft's wording, or the interviewer's edit) or rejects a note. The trail keeps the
     * decision, and for an edit the word diff from the draft.
     */
    public Decided decide(
            UUID interviewId, UUID noteId, NoteStatus decision, Optional<String> editedText, String actor) {
        Interview interview = interviews.require(interviewId);
        if (decision == NoteStatus.REJECTED && editedText.isPresent()) {
            throw new BadRequestException("text", "is only for confirming a note, not rejecting it");
        }
        return database.write(c -> {
            StoredNote note = notes.find(c, interviewId, noteId)
                    .orElseThrow(() -> new NotFoundException("The interview has no note " + noteId + "."));
            if (scorecards.submitted(c, interviewId)) {
                throw new ConflictException("The scorecard is submitted and locked; amend it instead.");
            }
            Optional<String> kept = decision == NoteStatus.CONFIRMED
                    ? Optional.of(editedText.orElse(note.draftText()))
                    : Optional.empty();
            StoredNote decided = note.decided(decision, kept, clock.instant(), interview.interviewer());
            notes.decide(c, decided);
            List<TextDiff.Change> diff = decided.edited() ? TextDiff.between(note.draftText(), kept.get()) : List.of();
            List<LintFinding> warnings = kept.map(linter::lint).orElse(List.of());
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("noteId", noteId);
            payload.put("previous", note.status().wireName());
            if (!diff.isEmpty()) {
                payload.put("diff", diff);
            }
            payload.put(
                    "protectedTopicWarnings",
                    warnings.stream().map(LintFinding::topicId).toList());
            String kind = decision == NoteStatus.REJECTED
                    ? "note-rejected"
                    : decided.edited() ? "note-edited" : "note-confirmed";
            trail.record(c, interviewId.toString(), actor, kind, payload);
            return new Decided(decided, diff, warnings);
        });
    }

    private Drafted store(Interview interview, QuestionItem item, List<AnswerSegment> segments, NoteDrafts drafts) {
        return database.write(c -> {
            List<StoredNote> stored = new ArrayList<>();
            for (NoteDraft d : drafts.notes()) {
                StoredNote note = new StoredNote(
                        UUID.randomUUID(),
                        item.id(),
                        d.criterion(),
                        d.observation(),
                        d.summary(),
                        Optional.empty(),
                        d.evidence(),
                        d.suggestedBand(),
                        NoteStatus.DRAFT,
                        drafts.provenance().engine().wireName(),
                        clock.instant(),
                        Optional.empty(),
                        Optional.empty());
                notes.insert(c, interview.id(), note);
                stored.add(note);
            }
            Map<String, Object> output = new LinkedHashMap<>();
            output.put(
                    "notes",
                    stored.stream()
                            .map(n -> {
                                Map<String, Object> m = new LinkedHashMap<>();
                                m.put("noteId", n.id());
                                m.put(
                                        "criterion",
                                        n.criterion().kind().wireName() + ":"
                                                + n.criterion().id());
                                m.put("observation", n.observation().wireName());
                                m.put("text", n.draftText());
                                m.put("evidence", n.evidence());
                                n.suggestedBand().ifPresent(b -> m.put("aiSuggestedBand", b));
                                return m;
                            })
                            .toList());
            output.put("openQuestions", drafts.openQuestions());
            output.put("withheldQuotes", drafts.withheldQuotes());
            trail.record(
                    c,
                    interview.id().toString(),
                    AuditRepository.COPILOT,
                    "notes-drafted",
                    AiOutput.of(
                            "note-drafts",
                            drafts.provenance(),
                            List.of(item.id().toString()),
                            inputHash(item, segments),
                            output));
            return new Drafted(item.id(), stored, drafts);
        });
    }

    private static String inputHash(QuestionItem item, List<AnswerSegment> segments) {
        StringBuilder input = new StringBuilder(item.id().toString()).append('\n');
        segments.forEach(s -> input.append(s.id()).append('\t').append(s.text()).append('\n'));
        return AiOutput.hashOf(input.toString());
    }

    private static UnprocessableException notReady(List<FieldError> missing) {
        return new UnprocessableException(
                "transcript-not-ready",
                "Transcript not ready for notes",
                "No note was drafted: the transcript lacks what notes need; see errors.",
                missing);
    }
}

package dev.interviewcopilot.server.live;

import dev.interviewcopilot.server.assist.AnswerSegment;
import dev.interviewcopilot.server.assist.Caller;
import dev.interviewcopilot.server.assist.Probe;
import dev.interviewcopilot.server.assist.ProbeRequest;
import dev.interviewcopilot.server.assist.ProbeSuggester;
import dev.interviewcopilot.server.assist.ProbeSuggestions;
import dev.interviewcopilot.server.assist.Provenance;
import dev.interviewcopilot.server.audit.AiOutput;
import dev.interviewcopilot.server.audit.AuditRepository;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.http.BadRequestException;
import dev.interviewcopilot.server.http.NotFoundException;
import dev.interviewcopilot.server.store.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Follow-up probes for the answer under way: the candidate's segments for the question, what has already been
 * asked in the interview (probes marked used and the interviewer's own segments, never suggested again), and the
 * candidate's identifiers to mask. Every probe is stored before the interviewer sees it, and the trail records the
 * AI output with its provenance.
 */
public final class FollowUps {
    private final Database database;
    private final AuditRepository trail;
    private final QuestionBank bank;
    private final ProbeSuggester suggester;
    private final Clock clock;
    private final Interviews interviews;
    private final ProbeRepository probes = new ProbeRepository();
    private final TranscriptRepository transcripts = new TranscriptRepository();

    public FollowUps(
            Database database,
            AuditRepository trail,
            QuestionBank bank,
            ProbeSuggester suggester,
            Interviews interviews,
            Clock clock) {
        this.database = database;
        this.trail = trail;
        this.bank = bank;
        this.suggester = suggester;
        this.interviews = interviews;
        this.clock = clock;
    }

    /**
     * Everything a suggestion needs, checked before any model is called.
     *
     * @param interview the interview
     * @param item the question followed up
     * @param request what the suggester gets
     * @param inputHash SHA-256 of that input, for the trail
     */
    public record Prepared(Interview interview, QuestionItem item, ProbeRequest request, String inputHash) {}

    /**
     * What was suggested.
     *
     * @param questionId the question followed up
     * @param probes the probes as stored, best first
     * @param provenance the engine that produced them and why
     */
    public record Suggested(UUID questionId, List<StoredProbe> probes, Provenance provenance) {}

    /** Checks the request and gathers the answer so far; 400 if no question is named or current. */
    public Prepared prepare(UUID interviewId, Optional<UUID> named, Optional<String> liveAnswer) {
        Interview interview = interviews.require(interviewId);
        UUID questionId = Interviews.questionOf(interview, named)
                .orElseThrow(() -> new BadRequestException(
                        "questionId", "is required: no current question is marked in this interview"));
        QuestionItem item = bank.item(questionId)
                .orElseThrow(() -> new BadRequestException("questionId", "is not a bank question"));
        return database.read(c -> {
            List<Segment> transcript = transcripts.list(c, interviewId);
            List<AnswerSegment> answer = new ArrayList<>();
            List<String> asked = new ArrayList<>();
            for (Segment s : transcript) {
                if (s.speaker() == Speaker.CANDIDATE && s.questionId().equals(Optional.of(questionId))) {
                    answer.add(new AnswerSegment(s.id(), s.text()));
                } else if (s.speaker() == Speaker.INTERVIEWER) {
                    asked.add(s.text());
                }
            }
            liveAnswer.ifPresent(text -> answer.add(new AnswerSegment("live", text)));
            probes.byInterview(c, interviewId).stream()
                    .filter(p -> p.status() == ProbeStatus.USED)
                    .forEach(p -> asked.add(p.text()));
            ProbeRequest request = new ProbeRequest(
                    item,
                    answer,
                    asked,
                    new Caller(interview.interviewer(), interview.candidate().identifiers()));
            return new Prepared(interview, item, request, inputHash(questionId, answer, asked));
        });
    }

    /** All probes at once: stored with the AI-output event in one transaction. */
    public Suggested suggest(Prepared prepared) {
        ProbeSuggestions suggestions = suggester.suggest(prepared.request());
        return database.write(c -> {
            List<StoredProbe> stored = new ArrayList<>();
            for (Probe probe : suggestions.probes()) {
                StoredProbe p = StoredProbe.suggested(prepared.item().id(), probe, clock.instant());
                probes.insert(c, prepared.interview().id(), p);
                stored.add(p);
            }
            trail.record(
                    c,
                    prepared.interview().id().toString(),
                    AuditRepository.COPILOT,
                    "follow-ups-suggested",
                    output(prepared, suggestions.provenance(), stored));
            return new Suggested(prepared.item().id(), stored, suggestions.provenance());
        });
    }

    /**
     * Probes one by one as they form: each is stored (with its own trail event) before {@code onProbe} sees it;
     * the AI-output event follows once the suggestion is complete.
     */
    public Suggested stream(Prepared prepared, Consumer<StoredProbe> onProbe) {
        List<StoredProbe> stored = new ArrayList<>();
        ProbeSuggestions suggestions = suggester.stream(prepared.request(), probe -> {
            StoredProbe p = keep(prepared, probe);
            stored.add(p);
            onProbe.accept(p);
        });
        database.write(c -> {
            trail.record(
                    c,
                    prepared.interview().id().toString(),
                    AuditRepository.COPILOT,
                    "follow-ups-suggested",
                    output(prepared, suggestions.provenance(), stored));
            return null;
        });
        return new Suggested(prepared.item().id(), stored, suggestions.provenance());
    }

    /** Every probe suggested in the interview, with its status. */
    public List<StoredProbe> list(UUID interviewId) {
        interviews.require(interviewId);
        return database.read(c -> probes.byInterview(c, interviewId));
    }

    /** Records that the interviewer used or dismissed a probe. */
    public StoredProbe decide(UUID interviewId, UUID probeId, ProbeStatus decision, String actor) {
        Interview interview = interviews.require(interviewId);
        return database.write(c -> {
            StoredProbe probe = probes.find(c, interviewId, probeId)
                    .orElseThrow(() -> new NotFoundException("The interview has no probe " + probeId + "."));
            StoredProbe decided = probe.decided(decision, clock.instant());
            probes.decide(c, decided);
            trail.record(
                    c,
                    interviewId.toString(),
                    actor,
                    "probe-" + decision.wireName(),
                    Map.of("probeId", probeId, "previous", probe.status().wireName()));
            return decided;
        });
    }

    private StoredProbe keep(Prepared prepared, Probe probe) {
        StoredProbe p = StoredProbe.suggested(prepared.item().id(), probe, clock.instant());
        return database.write(c -> {
            probes.insert(c, prepared.interview().id(), p);
            trail.record(
                    c,
                    prepared.interview().id().toString(),
                    AuditRepository.COPILOT,
                    "probe-streamed",
                    Map.of(
                            "probeId",
                            p.id(),
                            "text",
                            p.text(),
                            "source",
                            p.source().wireName()));
            return p;
        });
    }

    /** The trail's record of a suggestion: what the interviewer was shown and where it came from. */
    private static AiOutput output(Prepared prepared, Provenance provenance, List<StoredProbe> stored) {
        List<Map<String, Object>> output = stored.stream()
                .map(p -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("probeId", p.id());
                    m.put("text", p.text());
                    m.put(
                            "target",
                            p.target().kind().wireName() + ":" + p.target().id());
                    m.put("why", p.why());
                    m.put("source", p.source().wireName());
                    return m;
                })
                .toList();
        return AiOutput.of(
                "follow-ups", provenance, List.of(prepared.item().id().toString()), prepared.inputHash(), output);
    }

    private static String inputHash(UUID questionId, List<AnswerSegment> answer, List<String> asked) {
        StringBuilder input = new StringBuilder(questionId.toString()).append('\n');
        answer.forEach(a -> input.append(a.id()).append('\t').append(a.text()).append('\n'));
        input.append("--asked--\n");
        asked.forEach(a -> input.append(a).append('\n'));
        return AiOutput.hashOf(input.toString());
    }
}

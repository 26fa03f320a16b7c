package dev.interviewcopilot.eval.targets;

import dev.interviewcopilot.eval.run.RequestCapture;
import dev.interviewcopilot.server.assist.AnswerSegment;
import dev.interviewcopilot.server.assist.Caller;
import dev.interviewcopilot.server.assist.NoteDrafter;
import dev.interviewcopilot.server.assist.NoteDrafts;
import dev.interviewcopilot.server.assist.NoteRequest;
import dev.interviewcopilot.server.assist.ProbeRequest;
import dev.interviewcopilot.server.assist.ProbeSuggester;
import dev.interviewcopilot.server.assist.ProbeSuggestions;
import dev.interviewcopilot.server.bank.QuestionItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One answer through the service as during an interview: follow-up probes, then note drafts, with every model
 * request the two sent (masked) as the gateway's tap saw them.
 */
public final class AnswerTurn {
    private final ProbeSuggester probes;
    private final NoteDrafter notes;
    private final RequestCapture requests;

    public AnswerTurn(ProbeSuggester probes, NoteDrafter notes, RequestCapture requests) {
        this.probes = probes;
        this.notes = notes;
        this.requests = requests;
    }

    /**
     * What one answer got.
     *
     * @param probes the suggested probes
     * @param notes the drafted notes
     * @param sent the model requests, probes' first
     */
    record Result(ProbeSuggestions probes, NoteDrafts notes, List<RequestCapture.Request> sent) {
        /** The instructions (system messages) the model was sent. */
        List<String> instructions() {
            return sent.stream().map(RequestCapture.Request::system).toList();
        }

        /** Which engine answered, into the case's metrics ({@link Answered}). */
        void recordEngines(Map<String, Double> metrics) {
            Answered.record(metrics, probes.provenance(), notes.provenance());
        }
    }

    Result run(QuestionItem item, String answer, Caller caller) {
        List<AnswerSegment> segments = List.of(new AnswerSegment("s1", answer));
        RequestCapture.Captured<ProbeSuggestions> probed =
                requests.during(() -> probes.suggest(new ProbeRequest(item, segments, List.of(), caller)));
        RequestCapture.Captured<NoteDrafts> drafted =
                requests.during(() -> notes.draft(new NoteRequest(item, segments, caller)));
        List<RequestCapture.Request> sent = new ArrayList<>(probed.requests());
        sent.addAll(drafted.requests());
        return new Result(probed.value(), drafted.value(), List.copyOf(sent));
    }
}

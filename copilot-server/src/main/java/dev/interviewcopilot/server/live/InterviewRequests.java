package dev.interviewcopilot.server.live;

import java.util.List;

/** The JSON bodies the interview endpoints accept. Missing fields arrive as null and are checked by the service. */
final class InterviewRequests {
    private InterviewRequests() {}

    record CandidateBody(String name, String email) {}

    record CreateInterview(
            CandidateBody candidate,
            String position,
            String interviewer,
            String hiringManager,
            String date,
            String stage,
            String questionSetId,
            String role,
            String seniority,
            List<String> questions,
            String scorecardTemplate) {}

    record CurrentQuestion(String questionId) {}

    record SegmentBody(String speaker, String text, Long startMs, Long endMs) {}

    record AppendTranscript(List<SegmentBody> segments) {}

    record Relabel(String speaker) {}
}

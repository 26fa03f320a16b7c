package dev.interviewcopilot.server.live;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The JSON shapes of interviews and transcripts, as the API returns them. */
final class InterviewViews {
    private InterviewViews() {}

    record CandidateView(UUID id, Optional<String> name, Optional<String> email, boolean erased) {}

    record InterviewView(
            UUID id,
            CandidateView candidate,
            String position,
            String interviewer,
            Optional<String> hiringManager,
            String stage,
            String date,
            Optional<String> role,
            Optional<String> seniority,
            Optional<UUID> questionSetId,
            List<UUID> questions,
            String scorecardTemplate,
            Optional<UUID> currentQuestionId,
            String createdAt) {}

    record InterviewList(String interviewer, int count, List<InterviewView> interviews) {}

    record SegmentView(
            String id,
            Speaker speaker,
            String text,
            Optional<Long> startMs,
            Optional<Long> endMs,
            Optional<UUID> questionId,
            String createdAt) {}

    record TranscriptView(UUID interviewId, int count, List<SegmentView> segments) {}

    record AppendedView(List<SegmentView> segments, List<TranscriptWarning> warnings) {}

    static InterviewView of(Interview i) {
        Candidate c = i.candidate();
        return new InterviewView(
                i.id(),
                new CandidateView(c.id(), c.name(), c.email(), c.erased()),
                i.position(),
                i.interviewer(),
                i.hiringManager(),
                i.stage(),
                i.date().toString(),
                i.role(),
                i.seniority(),
                i.questionSetId(),
                i.questions(),
                i.scorecardTemplate(),
                i.currentQuestionId(),
                i.createdAt().toString());
    }

    static SegmentView of(Segment s) {
        return new SegmentView(
                s.id(),
                s.speaker(),
                s.text(),
                s.startMs(),
                s.endMs(),
                s.questionId(),
                s.createdAt().toString());
    }
}

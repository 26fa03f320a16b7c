package dev.interviewcopilot.server.bank;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A curated interview question with everything needed to ask it, listen to the answer and rate it. Immutable; a
 * change of meaning is a new item with a new id that supersedes the old one.
 *
 * @param id immutable id
 * @param status whether it is offered for new interviews
 * @param supersedes ids of the (retired) items this one replaces
 * @param roles role family ids it suits
 * @param seniority seniority level ids it suits
 * @param competency the competency it evaluates: its link to the job
 * @param type the kind of question
 * @param question what the interviewer asks
 * @param evaluates what a good answer shows
 * @param keyPoints the model answer as checkable points, each with a probe
 * @param redFlags signs of a weak answer
 * @param rubric level descriptors over the 1-10 scale
 * @param followUps curated follow-up questions
 * @param minutes estimated minutes to ask and discuss
 * @param tags skill tags
 * @param origin for an item a reviewer approved from a draft rather than a curated file, where it came from
 */
public record QuestionItem(
        UUID id,
        ItemStatus status,
        List<UUID> supersedes,
        List<String> roles,
        List<String> seniority,
        String competency,
        QuestionType type,
        String question,
        String evaluates,
        List<KeyPoint> keyPoints,
        List<RedFlag> redFlags,
        List<RubricBand> rubric,
        List<String> followUps,
        int minutes,
        List<String> tags,
        Optional<ItemOrigin> origin) {

    public QuestionItem {
        origin = origin == null ? Optional.empty() : origin;
        supersedes = supersedes == null ? List.of() : List.copyOf(supersedes);
        roles = List.copyOf(roles);
        seniority = List.copyOf(seniority);
        keyPoints = List.copyOf(keyPoints);
        redFlags = List.copyOf(redFlags);
        rubric = List.copyOf(rubric);
        followUps = List.copyOf(followUps);
        tags = List.copyOf(tags);
    }

    /** The same item, recorded as reviewed and approved from a draft. */
    public QuestionItem withOrigin(ItemOrigin reviewed) {
        return new QuestionItem(
                id,
                status,
                supersedes,
                roles,
                seniority,
                competency,
                type,
                question,
                evaluates,
                keyPoints,
                redFlags,
                rubric,
                followUps,
                minutes,
                tags,
                Optional.of(reviewed));
    }

    /** Whether the item is offered for new interviews. */
    @JsonIgnore
    public boolean active() {
        return status == ItemStatus.ACTIVE;
    }
}

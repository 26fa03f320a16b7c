package dev.interviewcopilot.server.questionset;

/**
 * How a plan's time splits over a competency compared with the role profile's weight for it.
 *
 * @param competency the competency id
 * @param weight its weight in the role profile (doubled and renormalised when it is a focus)
 * @param minutes planned minutes on questions evaluating it
 * @param share those minutes as a share of the planned minutes
 */
public record CompetencyBalance(String competency, double weight, int minutes, double share) {}

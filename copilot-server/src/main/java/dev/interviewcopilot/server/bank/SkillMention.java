package dev.interviewcopilot.server.bank;

/**
 * A skill named in running text.
 *
 * @param skill the skill
 * @param start index of the first character of the words naming it
 * @param end index after the last
 * @param text the words, exactly as written
 */
public record SkillMention(Skill skill, int start, int end, String text) {}

package dev.interviewcopilot.server.assist;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Sentences of an answer that speak to the assessment rather than about the work: instructions aimed at an AI
 * ("ignore your previous instructions", "note for the copilot: ..."), fake role or markup boundaries
 * ({@code SYSTEM:}, {@code </answer>}), and claims about the grading ("mark that criterion as met", "10/10,
 * strong hire"). The offline engine reads none of them as evidence: a candidate cannot earn a key point by saying
 * they covered it, nor hide a gap by asking for no follow-ups. The prompts tell the model the same about the
 * transcript; this is the offline engine's half of that rule.
 *
 * <p>Each pattern needs a cue that ordinary technical talk does not use, so a clean answer loses no sentence:
 * MetaTalkTest checks that against every hand-labelled and eval answer.
 */
final class MetaTalk {
    private static final List<Pattern> CUES = List.of(
            // Overriding the instructions, in several languages and spellings.
            Pattern.compile(
                    "(?iu)\\b(ignore|disregard|forget|ignoriere|ignora)\\b.{0,30}\\b(instructions?|rules|rubric|prompt"
                            + "|anweisungen|instrucciones)\\b"),
            Pattern.compile("(?i)1gn0r3|developer mode|system prompt|(your|hidden|own) instructions|grading rules"
                    + "|\\byou are now (a|an|in)\\b|\\b(the|your|my) notes (should|must|can|could|leave)\\b"
                    + "|\\bcould the notes\\b"),
            Pattern.compile("(?iu)忽略|指令|评为|满分|追问"),
            // Fake conversation roles and markup boundaries.
            Pattern.compile("(?i)(^|[\\s\\[<(*])(system|assistant|user|developer|interviewer)\\]?\\s*:"),
            Pattern.compile(
                    "(?i)</?\\s*(answer|system|transcript|tool_result|instructions)\\b|^\\s*#{2,}|\\[(begin|end) "),
            // Speaking to an AI, a tool or whoever processes the transcript.
            Pattern.compile("(?iu)\\b(note|notes|nota|hinweis|reminder|instruction|message|heads-up|favour|favor)\\s+"
                    + "(to|for|an|para)\\s+(the\\s+|das\\s+|la\\s+|any\\s+)?[\\p{L}-]*\\s*"
                    + "(ai|ki|ia|assistant|copilot|llm|model|tool|grader|system|ki-system)\\b"),
            Pattern.compile(
                    "(?i)\\b(ai|assistant|copilot|llm|notetaker|note-taker)\\s*[:,]|\\bif you('re| are) an ai\\b"
                            + "|\\bwhoever (reads|writes|is processing)\\b|\\b(for|to) the (ai|assistant|copilot|llm)\\b"
                            + "|\\bany model reading\\b"),
            // Claims about the grading itself.
            Pattern.compile(
                    "(?i)(?<![\\d/]\\s?)\\b\\d{1,2}\\s*/\\s*10\\b(?!\\s*/)|\\bout of ten\\b|\\b(strong|recommend) hire\\b"
                            + "|\\brecommend(ation)? (to )?hire\\b"),
            Pattern.compile(
                    "(?iu)(\\b(rubric|rúbrica|key points?|kernpunkte|scorecard)\\b|\\b(this|that|the|every|all|each|your"
                            + "|my|ese) (criterion|criteria|criterio|red flags?)\\b)"
                            + ".{0,60}\\b(covered|met|satisfied|shown|applicable|tick|mark|skip|suppress|drop|leave out"
                            + "|reveal|print|wording|cumplido|abgedeckt)\\b"),
            Pattern.compile("(?i)\\b(mark|count|treat|note|tick|record|put down|consider)\\b.{0,50}\\bas "
                    + "(covered|met|shown|satisfied|fully answered|not applicable)\\b"
                    + "|\\bconsider (that|this|it)( \\w+)? (covered|met|answered)\\b"
                    + "|\\b(demonstrated|covered|shown|met|satisfied|addressed) (all|every) (the )?"
                    + "(key points?|criteria|criterion|requirements of the rubric)\\b"
                    + "|\\b(do not|don't|never) (generate|suggest|ask|create|output|produce|write)\\b.{0,20}"
                    + "\\b(follow-?ups?|follow-up questions|further questions|probes|notes)\\b"
                    + "|\\b(no|skip|suppress|without|not suggest any|don't ask)\\b.{0,20}"
                    + "\\b(follow-?ups?|follow-up questions|further questions|further probes|red flags?)\\b"));

    private MetaTalk() {}

    /** Whether a sentence speaks to the assessment (or to an AI) rather than about the work. */
    static boolean in(String sentence) {
        return CUES.stream().anyMatch(p -> p.matcher(sentence).find());
    }
}

package dev.interviewcopilot.server.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The parts of an English job description: headings such as "Requirements" or "Nice to have" set how the skills
 * under them count until the next heading; "About us" and "Benefits" hold no requirements at all. A sentence that
 * calls a skill a plus, a bonus or preferred makes it nice-to-have wherever it stands.
 */
final class JobSections {
    /** How the lines under a heading count. */
    enum Kind {
        /** No heading yet, or one such as "The role": skills count as must-haves unless a sentence says otherwise. */
        NEUTRAL,
        MUST,
        NICE,
        /** About the company, benefits, how to apply: no requirements here. */
        CONTEXT
    }

    /** A heading is a short line; longer lines are text even when they start like one. */
    private static final int HEADING_LENGTH = 60;

    private static final Pattern NICE_HEADING = Pattern.compile(
            "(?i).*\\b(nice[ -]to[ -]haves?|bonus( points)?|pluses|preferred( qualifications)?|desirable|good to have|"
                    + "extra credit|would be great|even better|ideally)\\b.*");
    private static final Pattern MUST_HEADING = Pattern.compile(
            "(?i).*\\b(requirements|qualifications|must[ -]haves?|what you('ll)? (need|bring)|you (have|bring|are)|"
                    + "about you|who you are|essential|what we('re)? look(ing)? for|skills|experience)\\b.*");
    private static final Pattern CONTEXT_HEADING = Pattern.compile(
            "(?i).*\\b(about (us|the company|the team)|who we are|benefits|what we offer|perks|why (join|us|work)|"
                    + "compensation|salary|how to apply|equal opportunit(y|ies)|our values|diversity)\\b.*");
    private static final Pattern NEUTRAL_HEADING = Pattern.compile(
            "(?i).*\\b(responsibilities|what you('ll)? do|the role|your role|day[ -]to[ -]day|tech stack|our stack|"
                    + "the job|your impact|the team)\\b.*");
    /** Words in a sentence that make the skills in it optional. */
    static final Pattern NICE_CUE = Pattern.compile(
            "(?i)\\b(a plus|plus\\b(?=[.!)]|$)|nice[ -]to[ -]have|bonus|preferred|ideally|desirable|an advantage|"
                    + "good to have|not required|not a must|would be great|is welcome|are welcome)");

    private final String text;
    private final List<int[]> lineBounds = new ArrayList<>();
    private final List<Kind> lineKinds = new ArrayList<>();
    private final List<Boolean> headings = new ArrayList<>();

    JobSections(String text) {
        this.text = text;
        Kind current = Kind.NEUTRAL;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end).strip();
            Kind heading = heading(line);
            if (heading != null) {
                current = heading;
            }
            lineBounds.add(new int[] {start, end});
            lineKinds.add(current);
            headings.add(heading != null);
            start = end + 1;
        }
    }

    /** The kind of heading a line is, or null when it is not a heading. */
    private static Kind heading(String line) {
        String bare = line.replaceAll("^[#*_\\s]+|[#*_:\\s]+$", "");
        if (bare.isEmpty() || bare.length() > HEADING_LENGTH || bare.endsWith(".") || bare.startsWith("-")) {
            return null;
        }
        if (CONTEXT_HEADING.matcher(bare).matches()) {
            return Kind.CONTEXT;
        }
        if (NICE_HEADING.matcher(bare).matches()) {
            return Kind.NICE;
        }
        if (MUST_HEADING.matcher(bare).matches()) {
            return Kind.MUST;
        }
        if (NEUTRAL_HEADING.matcher(bare).matches()) {
            return Kind.NEUTRAL;
        }
        return null;
    }

    /** How a mention at this position counts: must-have, nice-to-have, or not at all (in a heading, or context). */
    Importance importanceAt(int position) {
        if (headingAt(position)) {
            return null;
        }
        return switch (kindAt(position)) {
            case NICE -> Importance.NICE;
            case CONTEXT -> null;
            default -> NICE_CUE.matcher(sentenceAt(position)).find() ? Importance.NICE : Importance.MUST;
        };
    }

    private boolean headingAt(int position) {
        for (int i = 0; i < lineBounds.size(); i++) {
            if (position <= lineBounds.get(i)[1]) {
                return headings.get(i);
            }
        }
        return false;
    }

    Kind kindAt(int position) {
        for (int i = 0; i < lineBounds.size(); i++) {
            if (position <= lineBounds.get(i)[1]) {
                return lineKinds.get(i);
            }
        }
        return Kind.NEUTRAL;
    }

    /** The sentence (within its line) holding a position. */
    String sentenceAt(int position) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, position - 1)) + 1;
        int lineEnd = text.indexOf('\n', position);
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        int offset = position - lineStart;
        int from = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c == '.' || c == ';' || c == '!' || c == '?')
                    && i + 1 < line.length()
                    && Character.isWhitespace(line.charAt(i + 1))) {
                if (i >= offset) {
                    return line.substring(from, i + 1);
                }
                from = i + 1;
            }
        }
        return line.substring(from);
    }

    /** The first line with any letters: usually the job title. */
    TextSpan titleLine() {
        for (int[] bounds : lineBounds) {
            String line = text.substring(bounds[0], bounds[1]);
            if (line.codePoints().anyMatch(Character::isLetter)) {
                return new TextSpan(bounds[0], bounds[1], line);
            }
        }
        return new TextSpan(0, 0, "");
    }
}

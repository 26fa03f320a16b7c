package dev.interviewcopilot.server.compliance;

/**
 * A span of text that touches a protected topic.
 *
 * @param topicId the protected topic's id
 * @param topicName the protected topic's name
 * @param phrase the matched text, verbatim
 * @param start index of the first matched character
 * @param end index after the last matched character
 * @param alternative what to ask instead
 */
public record LintFinding(String topicId, String topicName, String phrase, int start, int end, String alternative) {

    /** A one-line description fit for an error message. */
    public String describe() {
        return "touches the protected topic '" + topicName + "' (\"" + phrase + "\"); instead: " + alternative;
    }
}

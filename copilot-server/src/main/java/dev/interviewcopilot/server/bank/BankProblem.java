package dev.interviewcopilot.server.bank;

/**
 * One thing wrong with the bank, located precisely enough to fix without searching.
 *
 * @param file the file, as a path from the working directory
 * @param item the id of the item (question, competency, profile, template, topic) it concerns, or empty
 * @param field the field within the item or file, e.g. {@code keyPoints[1].probe}, or empty
 * @param message what is wrong
 */
public record BankProblem(String file, String item, String field, String message) {

    /** {@code file: item <id>: field: message}, leaving out the parts that are empty. */
    public String describe() {
        StringBuilder sb = new StringBuilder(file);
        if (!item.isEmpty()) {
            sb.append(": item ").append(item);
        }
        if (!field.isEmpty()) {
            sb.append(": ").append(field);
        }
        return sb.append(": ").append(message).toString();
    }
}

package dev.interviewcopilot.server.access;

/** The kinds of resource that belong to someone, and how a stranger is told they do not exist. */
public enum Resource {
    INTERVIEW("interview"),
    QUESTION_SET("question set");

    private final String noun;

    Resource(String noun) {
        this.noun = noun;
    }

    /** The same words the resource's own 404 uses, so a hidden resource and a missing one read alike. */
    String notFound(String id) {
        return "No " + noun + " has the id " + id + ".";
    }
}

package dev.interviewcopilot.server.access;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Looks up who a resource belongs to; the features that own the resources implement it. */
@FunctionalInterface
public interface Owners {
    /**
     * The people a resource belongs to.
     *
     * @param interviewer who runs it (interviews only)
     * @param hiringManagers the hiring managers who may read it: an interview's, and its question set's owner
     */
    record Holders(Optional<String> interviewer, Set<String> hiringManagers) {
        /** Whether the caller may see the resource: admins always, others only their own. */
        public boolean visibleTo(Principal principal) {
            return switch (principal.role()) {
                case ADMIN -> true;
                case INTERVIEWER ->
                    interviewer.filter(principal.subject()::equals).isPresent();
                case HIRING_MANAGER -> hiringManagers.contains(principal.subject());
                case EVALUATOR -> false;
            };
        }
    }

    /** Who holds the resource, or empty if it does not exist. */
    Optional<Holders> of(Resource kind, UUID id);
}

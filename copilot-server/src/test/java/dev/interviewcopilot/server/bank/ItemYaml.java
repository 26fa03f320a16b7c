package dev.interviewcopilot.server.bank;

import java.util.UUID;

/** A valid question item as YAML text, to be broken one way at a time by a test. */
final class ItemYaml {
    private final String item;

    private ItemYaml(String item) {
        this.item = item;
    }

    static ItemYaml valid(UUID id) {
        return new ItemYaml("""
                  - id: %s
                    status: active
                    roles: [backend]
                    seniority: [senior]
                    competency: system-design
                    type: technical
                    question: How would you move a service to a new datacentre without downtime?
                    evaluates: Plans a migration in reversible steps with a way back at each one.
                    keyPoints:
                      - id: dual-writes
                        point: Runs both sites in parallel with replication before switching traffic.
                        probe: What happens to writes in flight?
                      - id: rollback
                        point: Keeps a tested way back at every step.
                        probe: How would you undo the switch halfway?
                      - id: verification
                        point: Verifies the new site with real traffic before cutting over.
                        probe: How would you know the new site is ready?
                    redFlags:
                      - id: big-bang
                        flag: Moves everything at once.
                        soundsLike: We would just do it over a weekend.
                      - id: no-way-back
                        flag: Has no plan for undoing the move.
                        soundsLike: Once we switch we are committed.
                    rubric:
                      - scores: 1-3
                        descriptor: No plan beyond copying the data.
                      - scores: 4-6
                        descriptor: A plan without a way back.
                      - scores: 7-8
                        descriptor: Reversible steps with replication.
                      - scores: 9-10
                        descriptor: Reversible steps, verification and a rehearsal.
                    followUps:
                      - How would you verify the new site before switching?
                      - What would you tell users during the move?
                    minutes: 15
                    tags: [migration, replication]
                """.formatted(id));
    }

    /** Adds lines to the item. */
    ItemYaml with(String lines) {
        return new ItemYaml(item + lines);
    }

    /** Removes the line of a top-level field of the item. */
    ItemYaml without(String field) {
        return new ItemYaml(item.replaceAll("(?m)^    " + field + ":.*\\n", ""));
    }

    ItemYaml replace(String from, String to) {
        if (!item.contains(from)) {
            throw new IllegalArgumentException("the template has no '" + from + "'");
        }
        return new ItemYaml(item.replace(from, to));
    }

    /** The item alone, to append to a file. */
    String item() {
        return item;
    }

    /** A whole topic file holding the item. */
    String file() {
        return "topic: Planted faults\nitems:\n" + item;
    }
}

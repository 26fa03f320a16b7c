package dev.interviewcopilot.server.bank;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The form an interviewer fills in after an interview: pages of sections of typed fields.
 *
 * @param id slug
 * @param name human-readable name
 * @param description what the template is for
 * @param roles role families it suits (empty: any)
 * @param pages its pages, in order
 */
public record ScorecardTemplate(String id, String name, String description, List<String> roles, List<Page> pages) {

    public ScorecardTemplate {
        roles = roles == null ? List.of() : List.copyOf(roles);
        pages = List.copyOf(pages);
    }

    /** Every field of every section of every page, in form order. */
    public List<Field> fields() {
        return pages.stream()
                .flatMap(p -> p.sections().stream())
                .flatMap(s -> s.fields().stream())
                .toList();
    }

    /**
     * A page of the form.
     *
     * @param title page title
     * @param sections its sections, in order
     */
    public record Page(String title, List<Section> sections) {
        public Page {
            sections = List.copyOf(sections);
        }
    }

    /**
     * A section of a page.
     *
     * @param title section title
     * @param fields its fields, in order
     */
    public record Section(String title, List<Field> fields) {
        public Section {
            fields = List.copyOf(fields);
        }
    }

    /**
     * A form field.
     *
     * @param id slug, unique within the template
     * @param label what the form shows
     * @param help guidance for the interviewer
     * @param type the kind of input
     * @param required whether the scorecard cannot be submitted without it
     * @param options choices, for choice fields
     * @param competency for scale fields, the competency rated
     * @param question for a rating after a technical answer, the bank item it follows
     */
    public record Field(
            String id,
            String label,
            Optional<String> help,
            FieldType type,
            boolean required,
            List<String> options,
            Optional<String> competency,
            Optional<UUID> question) {

        public Field {
            help = help == null ? Optional.empty() : help;
            options = options == null ? List.of() : List.copyOf(options);
            competency = competency == null ? Optional.empty() : competency;
            question = question == null ? Optional.empty() : question;
        }
    }
}

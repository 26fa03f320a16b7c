package dev.interviewcopilot.server.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PiiMaskerTest {
    private final PiiMasker masker = new PiiMasker(List.of("Ada Lovelace", "ada@example.org"));

    @Test
    void should_mask_the_known_identifiers_whole_and_in_parts_whatever_their_case() {
        String masked = masker.mask("Ada Lovelace here; LOVELACE is my surname and ada@example.org my mail. Ada.");

        assertThat(masked).doesNotContainIgnoringCase("ada").doesNotContainIgnoringCase("lovelace");
        assertThat(masked).contains("[CANDIDATE_1]", "[EMAIL_1]");
        assertThat(masker.restore(masked))
                .isEqualTo("Ada Lovelace here; LOVELACE is my surname and ada@example.org my mail. Ada.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "+44 7700 900123",
                "(555) 123-4567",
                "555-123-4567",
                "+49 30 1234567",
                "07700900123",
                "415.555.0132"
            })
    void should_mask_phone_numbers_as_people_write_them(String phone) {
        assertThat(masker.mask("Call me on " + phone + " please")).isEqualTo("Call me on [PHONE_1] please");
        assertThat(masker.mask("Reach me on " + phone + ".")).isEqualTo("Reach me on [PHONE_1].");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "We moved in 2019-2021 to the new stack.",
                "The release on 2024-03-01 fixed it.",
                "The node at 10.0.12.7 ran out of memory.",
                "We upgraded to version 3.12.1 last week.",
                "It handled 1500 requests per second.",
                "Latency went from 250 to 80 ms.",
                "Pin it to 2.31.4 and read package.json or config.yaml/ first.",
                "The node at 10.0.12.7. Then version 4.2.1.9 went out."
            })
    void should_leave_dates_addresses_versions_and_figures_alone(String text) {
        assertThat(masker.mask(text)).isEqualTo(text);
    }

    @Test
    void should_mask_profile_links_said_without_a_scheme() {
        String masked =
                masker.mask("My code is on github.com/chenxiaoming/order-filter. And linkedin.com/in/ada-l, too.");

        assertThat(masked).isEqualTo("My code is on [LINK_1]. And [LINK_2], too.");
    }

    @Test
    void should_mask_links_and_any_email() {
        String masked = masker.mask("See https://github.com/ada-l/booking or www.ada.dev, or write to x.y@corp.io");

        assertThat(masked).doesNotContain("github.com", "ada.dev", "corp.io").contains("[LINK_1]", "[EMAIL_1]");
    }

    @Test
    void should_restore_a_placeholder_split_across_streamed_chunks() {
        masker.mask("I am Ada Lovelace.");
        PiiMasker.Restorer restorer = masker.restorer();

        String streamed = restorer.accept("Thanks, [CANDI") + restorer.accept("DATE_1], next") + restorer.flush();

        assertThat(streamed).isEqualTo("Thanks, Ada Lovelace, next");
    }

    @Test
    void should_mask_the_same_way_when_a_text_is_seen_again_by_another_call() {
        String system = "Rules: ask one thing at a time. Item: design a booking API (read/write paths, 2 regions).";
        String user = "The candidate said: mail me at ada@example.org or call +44 20 7946 0958.";

        for (int call = 0; call < 3; call++) {
            PiiMasker masker = new PiiMasker(List.of("Ada Lovelace", "ada@example.org"));
            assertThat(masker.mask(system)).isEqualTo(system);
            assertThat(masker.mask(user)).isEqualTo("The candidate said: mail me at [EMAIL_1] or call [PHONE_1].");
            assertThat(masker.mask("ADA LOVELACE joined")).isEqualTo("[CANDIDATE_1] joined");
        }
    }

    @Test
    void should_find_a_name_written_with_other_case_forms_of_its_letters() {
        PiiMasker masker = new PiiMasker(List.of("Ilkay Demir"));

        assertThat(masker.mask("İlkay said so")).isEqualTo("[CANDIDATE_1] said so");
        assertThat(PiiMasker.fold("İSTANBUL")).isEqualTo(PiiMasker.fold("istanbul"));
    }
}

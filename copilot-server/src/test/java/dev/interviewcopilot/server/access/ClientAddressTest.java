package dev.interviewcopilot.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
    private final ClientAddress behindNginx = new ClientAddress(Set.of("10.0.0.5", "::1"));

    private static InetSocketAddress from(String ip) {
        return new InetSocketAddress(ip, 40000);
    }

    @Test
    void should_take_the_connection_s_address_when_no_proxy_is_configured() {
        assertThat(new ClientAddress(Set.of()).of(from("10.0.0.5"), Optional.of("203.0.113.9")))
                .isEqualTo("10.0.0.5");
    }

    @Test
    void should_take_the_right_most_address_a_trusted_proxy_added() {
        assertThat(behindNginx.of(from("10.0.0.5"), Optional.of("198.51.100.7, 203.0.113.9")))
                .as("the left entry is whatever the client sent")
                .isEqualTo("203.0.113.9");
        assertThat(behindNginx.of(from("0:0:0:0:0:0:0:1"), Optional.of("203.0.113.9, 10.0.0.5")))
                .as("proxies in the chain are skipped, however IPv6 is spelled")
                .isEqualTo("203.0.113.9");
    }

    @Test
    void should_ignore_the_header_from_anyone_but_a_proxy() {
        assertThat(behindNginx.of(from("198.51.100.7"), Optional.of("203.0.113.9")))
                .isEqualTo("198.51.100.7");
        assertThat(behindNginx.of(from("10.0.0.5"), Optional.empty())).isEqualTo("10.0.0.5");
        assertThat(behindNginx.of(from("10.0.0.5"), Optional.of(" , "))).isEqualTo("10.0.0.5");
    }

    @Test
    void should_keep_a_host_name_in_the_header_as_text_without_looking_it_up() {
        assertThat(behindNginx.of(from("10.0.0.5"), Optional.of("1evil.example")))
                .isEqualTo("1evil.example");
    }
}

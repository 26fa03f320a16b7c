package dev.interviewcopilot.server.access;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, for the limit on failed sign-ins. Behind a reverse proxy every connection comes from the proxy;
 * when the connection comes from one of the configured proxies, the caller is the right-most address in
 * {@code X-Forwarded-For} that is not itself a proxy (anything to its left the client could have written).
 * Connections from anywhere else are taken at their word: their header is ignored.
 */
final class ClientAddress {
    private final Set<String> proxies;

    ClientAddress(Set<String> proxies) {
        this.proxies = proxies.stream().map(ClientAddress::normal).collect(java.util.stream.Collectors.toSet());
    }

    String of(SocketAddress peer, Optional<String> forwardedFor) {
        String direct = peer instanceof InetSocketAddress inet && inet.getAddress() != null
                ? normal(inet.getAddress().getHostAddress())
                : String.valueOf(peer);
        if (!proxies.contains(direct) || forwardedFor.isEmpty()) {
            return direct;
        }
        List<String> hops = List.of(forwardedFor.get().split(","));
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = normal(hops.get(i).strip());
            if (!hop.isEmpty() && !proxies.contains(hop)) {
                return hop;
            }
        }
        return direct;
    }

    /** One spelling per address, so that ::1 and 0:0:0:0:0:0:0:1 match; anything not an IP literal stays as is. */
    private static String normal(String address) {
        if (address.isEmpty() || !(address.indexOf(':') >= 0 || Character.isDigit(address.charAt(0)))) {
            return address;
        }
        try {
            // An IP literal only: getByName does no lookup for one, and the check above keeps names out.
            return InetAddress.getByName(address).getHostAddress();
        } catch (java.net.UnknownHostException | SecurityException e) {
            return address;
        }
    }
}

package pe.ceropapel.frontend.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.HexFormat;

/**
 * The key under which a client address is counted: the address itself for IPv4, the whole /64 for
 * IPv6 (one subscriber's network, where every address is theirs to use), and one key for all of
 * loopback, so that rotating addresses one holds anyway buys no more requests.
 */
public final class ClientKeys {

    private ClientKeys() {
    }

    public static String of(String address) {
        return IpLiterals.parse(address).map(ClientKeys::of).orElse(address);
    }

    private static String of(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address instanceof Inet6Address) {
            byte[] bytes = address.getAddress();
            return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
        }
        return address.getHostAddress();
    }
}

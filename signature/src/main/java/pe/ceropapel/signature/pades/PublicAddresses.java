package pe.ceropapel.signature.pades;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Tells addresses on the public internet from loopback, link-local, private, shared, reserved and
 * multicast ones, including IPv4 addresses carried inside IPv6 ones (compatible, NAT64, 6to4).
 */
final class PublicAddresses {

    private PublicAddresses() {
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        return address instanceof Inet6Address ? isPublicV6(bytes) : isPublicV4(bytes);
    }

    private static boolean isPublicV4(byte[] b) {
        int first = b[0] & 0xFF;
        int second = b[1] & 0xFF;
        return first != 0                                              // "this" network
                && !(first == 100 && (second & 0xC0) == 64)            // 100.64.0.0/10 shared (carrier-grade NAT)
                && !(first == 192 && second == 0 && (b[2] & 0xFF) == 0) // 192.0.0.0/24 protocol assignments
                && !(first == 192 && second == 0 && (b[2] & 0xFF) == 2) // documentation ranges
                && !(first == 198 && second == 51 && (b[2] & 0xFF) == 100)
                && !(first == 203 && second == 0 && (b[2] & 0xFF) == 113)
                && !(first == 198 && (second & 0xFE) == 18)            // 198.18.0.0/15 benchmarking
                && first < 240;                                        // reserved and broadcast
    }

    private static boolean isPublicV6(byte[] b) {
        if ((b[0] & 0xFE) == 0xFC) {
            return false;                                              // fc00::/7 unique local
        }
        if (isZero(b, 0, 12)) {
            return isPublic(v4(b, 12));                                // IPv4-compatible
        }
        if ((b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B) {
            return isPublic(v4(b, 12));                                // 64:ff9b::/96 NAT64
        }
        if ((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x02) {
            return isPublic(v4(b, 2));                                 // 2002::/16 6to4
        }
        return !((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x01 && isZero(b, 2, 4)); // 2001::/32 Teredo
    }

    private static boolean isZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static Inet4Address v4(byte[] bytes, int offset) {
        try {
            return (Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(bytes, offset, offset + 4));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}

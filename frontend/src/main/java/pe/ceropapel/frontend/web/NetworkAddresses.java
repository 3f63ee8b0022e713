package pe.ceropapel.frontend.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Network addresses as people read them, used by the pages as {@code @direcciones}: IPv6 in its short
 * form ({@code ::1}, not {@code 0:0:0:0:0:0:0:1}), an IPv4 address mapped into IPv6 as IPv4, and the
 * server's own address said in words.
 */
@Component("direcciones")
public class NetworkAddresses {

    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final Locale SPANISH = Locale.forLanguageTag("es-PE");

    private final MessageSource messages;

    NetworkAddresses(MessageSource messages) {
        this.messages = messages;
    }

    public String readable(String address) {
        if (address == null || address.isBlank()) {
            return messages.getMessage("ui.address.none", null, SPANISH);
        }
        if (!LITERAL.matcher(address).matches()) {
            return address;
        }
        InetAddress parsed;
        try {
            // a literal address: nothing is looked up
            parsed = InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            return address;
        }
        String shown = parsed instanceof Inet6Address ? shortForm(parsed.getHostAddress()) : parsed.getHostAddress();
        return parsed.isLoopbackAddress() ? messages.getMessage("ui.address.this-server", new Object[] {shown}, SPANISH)
                : shown;
    }

    /** RFC 5952: the longest run of two or more zero groups becomes {@code ::}. */
    static String shortForm(String full) {
        String[] groups = full.split(":");
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < groups.length; i++) {
            int length = 0;
            while (i + length < groups.length && groups[i + length].equals("0")) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
        }
        if (bestStart < 0) {
            return full;
        }
        return String.join(":", Arrays.copyOfRange(groups, 0, bestStart)) + "::"
                + String.join(":", Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
    }
}

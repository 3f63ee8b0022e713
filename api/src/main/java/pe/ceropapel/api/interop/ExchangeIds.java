package pe.ceropapel.api.interop;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Exchanges are named by their CUO, so that a message about one (a retried delivery, a cargo, a
 * query) finds it without a lookup table and a second delivery of one CUO meets the first.
 */
public final class ExchangeIds {

    private ExchangeIds() {
    }

    /** The exchange we opened with this CUO. */
    public static String outgoing(String cuo) {
        return name("out:" + cuo);
    }

    /** The exchange {@code senderRuc} opened with us under this CUO. */
    public static String incoming(String senderRuc, String cuo) {
        return name("in:" + senderRuc + ":" + cuo);
    }

    private static String name(String value) {
        return UUID.nameUUIDFromBytes(value.getBytes(StandardCharsets.UTF_8)).toString();
    }
}

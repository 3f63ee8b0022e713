package pe.ceropapel.signature.pades;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What signing and validation rely on.
 *
 * @param trustAnchors   certificates trusted as roots (development root, or the national root in production)
 * @param timeStampUrl   the RFC 3161 time-stamping authority used for levels T, LT and LTA; null when none
 * @param onlineRevocation whether CRLs, OCSP answers and missing CA certificates may be fetched from the
 *                       URLs written in certificates (needed to sign at LT or LTA)
 */
public record TrustSettings(List<X509Certificate> trustAnchors, String timeStampUrl, boolean onlineRevocation) {

    public TrustSettings {
        trustAnchors = List.copyOf(trustAnchors);
    }
}

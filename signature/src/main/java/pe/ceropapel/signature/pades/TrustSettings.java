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
 * @param trustedList    a trusted list whose certificates are trusted too, or null
 * @param fetching       what may be fetched from the links in certificates, and how much
 */
public record TrustSettings(List<X509Certificate> trustAnchors, String timeStampUrl, boolean onlineRevocation,
                            TrustedList trustedList, FetchPolicy fetching) {

    public TrustSettings {
        trustAnchors = List.copyOf(trustAnchors);
    }

    /** Trust in these anchors and this list, fetching as {@link FetchPolicy#defaults()} allows. */
    public TrustSettings(List<X509Certificate> trustAnchors, String timeStampUrl, boolean onlineRevocation,
                         TrustedList trustedList) {
        this(trustAnchors, timeStampUrl, onlineRevocation, trustedList, FetchPolicy.defaults());
    }

    /** Trust in these anchors only, with no trusted list. */
    public TrustSettings(List<X509Certificate> trustAnchors, String timeStampUrl, boolean onlineRevocation) {
        this(trustAnchors, timeStampUrl, onlineRevocation, null);
    }
}

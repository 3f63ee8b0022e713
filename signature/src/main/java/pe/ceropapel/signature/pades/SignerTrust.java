package pe.ceropapel.signature.pades;

import java.time.Instant;
import java.util.List;

/**
 * Who vouches for a signer's certificate.
 *
 * @param chain              the common names from the signing certificate up to the last certificate found
 *                           (the trust anchor when the chain reaches one)
 * @param issuer             the common name of the signing certificate's issuer
 * @param certificateNotAfter when the signing certificate expires
 * @param trustedAnchor      the trust anchor the chain reaches, or null
 * @param trustServiceProvider the provider that a trusted list names for that anchor, or null when the anchor is
 *                           one of our own roots (or none was reached)
 * @param trustService       the name of that provider's service, or null
 */
public record SignerTrust(List<String> chain, String issuer, Instant certificateNotAfter, String trustedAnchor,
                          String trustServiceProvider, String trustService) {

    public SignerTrust {
        chain = List.copyOf(chain);
    }

    /** Whether a trusted list (not only our own roots) vouches for the signer. */
    public boolean listedInTrustedList() {
        return trustServiceProvider != null;
    }
}

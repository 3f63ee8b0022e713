package pe.ceropapel.signature.pades;

import java.time.Instant;
import java.util.List;

/**
 * What the trusted list in force says about itself, for administrators: its identity, dates, the
 * verdict on its signature, the last refresh, and its providers with their services.
 *
 * @param sequenceNumber   the list's sequence number, null before any list was loaded
 * @param signedBy         the common name of the list's signing certificate, when known
 * @param expired          whether its next update date has passed (it is still used)
 * @param lastRefresh      when the list was last loaded (from the cache or its URL)
 * @param lastRefreshError why the last download failed, or null
 * @param trustAnchors     how many certificates the list makes trusted
 */
public record TrustedListStatus(String url, Integer sequenceNumber, Instant issuedAt,
                                Instant nextUpdate, ListSignature signature, String signedBy, boolean expired,
                                Instant lastRefresh, String lastRefreshError, int trustAnchors,
                                List<Provider> providers) {

    public TrustedListStatus {
        providers = List.copyOf(providers);
    }

    /** The verdict on the list's signature against the operator's pinned certificates. */
    public enum ListSignature { VALID, INVALID, INDETERMINATE, NOT_LOADED }

    /** Whether the list is in force as published: signed by its operator and not expired. */
    public boolean sound() {
        return signature == ListSignature.VALID && !expired;
    }

    /** A trust service provider and its services. */
    public record Provider(String name, List<Service> services) {

        public Provider {
            services = List.copyOf(services);
        }
    }

    /**
     * A trust service of a provider.
     *
     * @param type   the ETSI service type URI, e.g. {@code http://uri.etsi.org/TrstSvc/Svctype/CA/QC}
     * @param status the ETSI status URI (or the text the list gives)
     */
    public record Service(String name, String type, String status) {
    }
}

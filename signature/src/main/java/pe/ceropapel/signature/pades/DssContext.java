package pe.ceropapel.signature.pades;

import eu.europa.esig.dss.alert.ExceptionOnStatusAlert;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.service.http.commons.TimestampDataLoader;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.policy.SignaturePolicyProvider;
import eu.europa.esig.dss.spi.validation.CertificateVerifier;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;

/** Builds the DSS certificate verifier and time-stamp source from our {@link TrustSettings}. */
final class DssContext {

    private static final int TIMEOUT_MILLIS = 10_000;
    private static final String OCSP_REQUEST = "application/ocsp-request";

    private DssContext() {
    }

    static CertificateVerifier verifier(TrustSettings settings) {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        settings.trustAnchors().forEach(anchor -> trusted.addCertificate(new CertificateToken(anchor)));
        verifier.setTrustedCertSources(trusted);
        if (settings.trustedList() != null) {
            verifier.addTrustedCertSources(settings.trustedList().anchors());
        }
        if (settings.onlineRevocation()) {
            FetchPolicy fetching = settings.fetching();
            verifier.setCrlSource(new OnlineCRLSource(new GuardedDataLoader(fetching, false, null)));
            verifier.setOcspSource(new OnlineOCSPSource(new GuardedDataLoader(fetching, false, OCSP_REQUEST)));
            verifier.setAIASource(new DefaultAIASource(new GuardedDataLoader(fetching, true, null)));
        } else {
            verifier.setAIASource(null);
        }
        // nothing is fetched for a certificate whose chain does not end at a trusted anchor
        verifier.setCheckRevocationForUntrustedChains(false);
        // augmenting to LT or LTA without revocation data would make a signature that cannot last
        verifier.setAlertOnMissingRevocationData(new ExceptionOnStatusAlert());
        verifier.setAlertOnRevokedCertificate(new ExceptionOnStatusAlert());
        return verifier;
    }

    /** Signature policy documents named in signatures: fetched, like CA certificates, from trusted URLs only. */
    static SignaturePolicyProvider signaturePolicies(TrustSettings settings) {
        SignaturePolicyProvider policies = new SignaturePolicyProvider();
        policies.setDataLoader(new GuardedDataLoader(settings.fetching(), true, null));
        return policies;
    }

    static TSPSource timeStamps(TrustSettings settings) {
        if (settings.timeStampUrl() == null || settings.timeStampUrl().isBlank()) {
            return null;
        }
        return new OnlineTSPSource(settings.timeStampUrl(), withTimeouts(new TimestampDataLoader()));
    }

    private static <T extends CommonsDataLoader> T withTimeouts(T loader) {
        loader.setTimeoutConnection(TIMEOUT_MILLIS);
        loader.setTimeoutResponse(TIMEOUT_MILLIS);
        loader.setTimeoutSocket(TIMEOUT_MILLIS);
        return loader;
    }
}

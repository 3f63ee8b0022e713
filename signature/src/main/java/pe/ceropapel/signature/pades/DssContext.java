package pe.ceropapel.signature.pades;

import eu.europa.esig.dss.alert.ExceptionOnStatusAlert;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.service.http.commons.OCSPDataLoader;
import eu.europa.esig.dss.service.http.commons.TimestampDataLoader;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.validation.CertificateVerifier;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;

/** Builds the DSS certificate verifier and time-stamp source from our {@link TrustSettings}. */
final class DssContext {

    private static final int TIMEOUT_MILLIS = 10_000;

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
            verifier.setCrlSource(new OnlineCRLSource(withTimeouts(new CommonsDataLoader())));
            verifier.setOcspSource(new OnlineOCSPSource(withTimeouts(new OCSPDataLoader())));
            verifier.setAIASource(new DefaultAIASource(withTimeouts(new CommonsDataLoader())));
        } else {
            verifier.setAIASource(null);
        }
        // augmenting to LT or LTA without revocation data would make a signature that cannot last
        verifier.setAlertOnMissingRevocationData(new ExceptionOnStatusAlert());
        verifier.setAlertOnRevokedCertificate(new ExceptionOnStatusAlert());
        return verifier;
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

package pe.ceropapel.signature.pades;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.service.http.commons.FileCacheDataLoader;
import eu.europa.esig.dss.spi.tsl.TrustedListsCertificateSource;
import eu.europa.esig.dss.spi.x509.CertificateSource;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.tsl.job.TLValidationJob;
import eu.europa.esig.dss.tsl.source.TLSource;
import eu.europa.esig.dss.tsl.sync.ExpirationAndSignatureCheckStrategy;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Trust anchors published as an ETSI TS 119 612 trusted list (as national supervisory bodies
 * publish them): downloaded from its URL, accepted only when signed by one of the expected list
 * signers and not expired, and refreshed on demand. Until a list was accepted it trusts nothing.
 */
public final class TrustedList {

    private final TLValidationJob job = new TLValidationJob();
    private final TrustedListsCertificateSource anchors = new TrustedListsCertificateSource();

    /**
     * @param url     where the trusted list (XML) is published
     * @param signers the certificates the list must be signed with (announced by its operator)
     * @param cache   a directory for the downloaded list
     */
    public TrustedList(String url, List<X509Certificate> signers, Path cache) {
        CommonTrustedCertificateSource expectedSigners = new CommonTrustedCertificateSource();
        signers.forEach(signer -> expectedSigners.addCertificate(new CertificateToken(signer)));
        TLSource source = new TLSource();
        source.setUrl(url);
        source.setCertificateSource(expectedSigners);
        FileCacheDataLoader loader = new FileCacheDataLoader(new CommonsDataLoader());
        loader.setFileCacheDirectory(cache.toFile());
        loader.setCacheExpirationTime(0);
        job.setOnlineDataLoader(loader);
        job.setTrustedListSources(source);
        job.setTrustedListCertificateSource(anchors);
        // DSS's default strategy would also take certificates from an expired or badly signed list
        job.setSynchronizationStrategy(new ExpirationAndSignatureCheckStrategy());
    }

    /** Downloads and checks the list again; returns how many certificates it now makes trusted. */
    public int refresh() {
        job.onlineRefresh();
        return anchors.getNumberOfCertificates();
    }

    CertificateSource anchors() {
        return anchors;
    }
}

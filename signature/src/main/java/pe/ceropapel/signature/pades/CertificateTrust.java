package pe.ceropapel.signature.pades;

import eu.europa.esig.dss.model.x509.CertificateToken;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Whether a certificate chain that a signer sends (remote signing: the server never holds the key)
 * may sign: its certificate is valid now, is meant for signatures, chains to one of the trusted
 * anchors (the configured roots and the trusted list's certificates, the same that validation
 * trusts), and no CA certificate of the path, nor the signer's, is revoked by a CRL held offline.
 * Nothing is fetched for a chain being checked: not the URLs written in its certificates, which
 * anyone can make; the chain's own certificates only help to build the path.
 */
public final class CertificateTrust {

    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;

    private final TrustSettings settings;
    private final Supplier<Collection<X509CRL>> offlineRevocationLists;

    /**
     * @param offlineRevocationLists the CRLs at hand without a network request (the development PKI's,
     *                               for example); certificates no list covers are taken as not revoked
     */
    public CertificateTrust(TrustSettings settings, Supplier<Collection<X509CRL>> offlineRevocationLists) {
        this.settings = settings;
        this.offlineRevocationLists = offlineRevocationLists;
    }

    /**
     * Refuses a chain (signer's certificate first) that cannot sign at {@code at}, with
     * {@link SigningRefusedException.Reason#CERTIFICATE} (expired, not yet valid, not for signing,
     * revoked) or {@link SigningRefusedException.Reason#UNTRUSTED} (no path to a trusted anchor).
     */
    public void requireUsable(List<X509Certificate> chain, Instant at) {
        if (chain == null || chain.isEmpty()) {
            throw refused(SigningRefusedException.Reason.UNTRUSTED, "no certificate was given");
        }
        X509Certificate signer = chain.get(0);
        try {
            signer.checkValidity(Date.from(at));
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw refused(SigningRefusedException.Reason.CERTIFICATE,
                    "the certificate of " + signer.getSubjectX500Principal() + " is not valid now");
        }
        boolean[] usage = signer.getKeyUsage();
        if (usage != null && !(usage[DIGITAL_SIGNATURE] || usage[NON_REPUDIATION])) {
            throw refused(SigningRefusedException.Reason.CERTIFICATE, "the certificate is not meant for signatures");
        }
        if (signer.getBasicConstraints() >= 0) {
            throw refused(SigningRefusedException.Reason.CERTIFICATE, "a CA certificate does not sign documents");
        }
        PKIXCertPathBuilderResult path = pathToAnchor(chain, at);
        requireNotRevoked(path);
    }

    private PKIXCertPathBuilderResult pathToAnchor(List<X509Certificate> chain, Instant at) {
        Set<TrustAnchor> anchors = anchors();
        if (anchors.isEmpty()) {
            throw refused(SigningRefusedException.Reason.UNTRUSTED, "no trust anchor is configured");
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(chain.get(0));
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(chain)));
            parameters.setDate(Date.from(at));
            // revocation is looked up below, offline only: the JDK would otherwise try the chain's own URLs
            parameters.setRevocationEnabled(false);
            return (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(parameters);
        } catch (CertPathBuilderException e) {
            throw refused(SigningRefusedException.Reason.UNTRUSTED, "the certificate of "
                    + chain.get(0).getSubjectX500Principal() + " does not chain to a trusted anchor: " + e.getMessage());
        } catch (InvalidAlgorithmParameterException e) {
            throw refused(SigningRefusedException.Reason.UNTRUSTED, "no usable trust anchor: " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot build certificate paths", e);
        }
    }

    private Set<TrustAnchor> anchors() {
        Set<TrustAnchor> anchors = new HashSet<>();
        settings.trustAnchors().forEach(anchor -> anchors.add(new TrustAnchor(anchor, null)));
        if (settings.trustedList() != null) {
            for (CertificateToken token : settings.trustedList().anchors().getCertificates()) {
                anchors.add(new TrustAnchor(token.getCertificate(), null));
            }
        }
        return anchors;
    }

    /** Each certificate of the path against its issuer's CRL, when one is held offline and its signature holds. */
    private void requireNotRevoked(PKIXCertPathBuilderResult path) {
        Collection<X509CRL> lists = offlineRevocationLists.get();
        if (lists == null || lists.isEmpty()) {
            return;
        }
        List<X509Certificate> certificates = new ArrayList<>();
        path.getCertPath().getCertificates().forEach(certificate -> certificates.add((X509Certificate) certificate));
        for (int i = 0; i < certificates.size(); i++) {
            X509Certificate certificate = certificates.get(i);
            X509Certificate issuer = i + 1 < certificates.size() ? certificates.get(i + 1)
                    : path.getTrustAnchor().getTrustedCert();
            if (issuer == null) {
                continue;
            }
            for (X509CRL list : lists) {
                if (list.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())
                        && signedBy(list, issuer) && list.isRevoked(certificate)) {
                    throw refused(SigningRefusedException.Reason.CERTIFICATE,
                            "the certificate of " + certificate.getSubjectX500Principal() + " is revoked");
                }
            }
        }
    }

    private static boolean signedBy(X509CRL list, X509Certificate issuer) {
        try {
            list.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static SigningRefusedException refused(SigningRefusedException.Reason reason, String message) {
        return new SigningRefusedException(reason, message, null);
    }
}

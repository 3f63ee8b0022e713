package pe.ceropapel.signature.pki;

import java.io.IOException;
import java.math.BigInteger;
import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * An OCSP responder for the development CAs (RFC 6960): each CA signs the answers about the
 * certificates it issued. Requests about certificates of other issuers are answered "unauthorized".
 */
public final class OcspResponder {

    private final List<CertificateProfiles.Issuer> issuers;
    private final Supplier<Map<BigInteger, Instant>> revoked;

    OcspResponder(List<CertificateProfiles.Issuer> issuers, Supplier<Map<BigInteger, Instant>> revoked) {
        this.issuers = List.copyOf(issuers);
        this.revoked = revoked;
    }

    /** Answers a DER OCSP request with a DER OCSP response; an unparsable request gets a malformed-request answer. */
    public byte[] respond(byte[] requestDer) {
        try {
            OCSPReq request;
            try {
                request = new OCSPReq(requestDer);
            } catch (IOException | RuntimeException e) {
                return new OCSPRespBuilder().build(OCSPRespBuilder.MALFORMED_REQUEST, null).getEncoded();
            }
            Req[] requests = request.getRequestList();
            CertificateProfiles.Issuer issuer = requests.length == 0 ? null : issuerOf(requests[0].getCertID());
            if (issuer == null) {
                return new OCSPRespBuilder().build(OCSPRespBuilder.UNAUTHORIZED, null).getEncoded();
            }
            return answer(request, requests, issuer).getEncoded();
        } catch (OCSPException | IOException | OperatorCreationException | CertificateEncodingException e) {
            throw new PkiException("cannot answer an OCSP request", e);
        }
    }

    private OCSPResp answer(OCSPReq request, Req[] requests, CertificateProfiles.Issuer issuer)
            throws OCSPException, OperatorCreationException, CertificateEncodingException {
        X509CertificateHolder issuerCertificate = new JcaX509CertificateHolder(issuer.certificate());
        BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(new RespID(issuerCertificate.getSubject()));
        Map<BigInteger, Instant> revokedNow = revoked.get();
        Date now = new Date();
        Date nextUpdate = Date.from(now.toInstant().plus(RevocationLists.VALIDITY));
        for (Req single : requests) {
            CertificateID id = single.getCertID();
            Instant revokedAt = revokedNow.get(id.getSerialNumber());
            CertificateStatus status = revokedAt == null || !id.matchesIssuer(issuerCertificate, digests())
                    ? CertificateStatus.GOOD
                    : new RevokedStatus(Date.from(revokedAt), CRLReason.keyCompromise);
            builder.addResponse(id, status, now, nextUpdate);
        }
        Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (nonce != null) {
            builder.setResponseExtensions(new Extensions(nonce));
        }
        return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, builder.build(
                new JcaContentSignerBuilder(CertificateProfiles.SIGNATURE_ALGORITHM).build(issuer.key()),
                new X509CertificateHolder[]{issuerCertificate}, now));
    }

    private CertificateProfiles.Issuer issuerOf(CertificateID id) throws OCSPException, OperatorCreationException,
            CertificateEncodingException {
        for (CertificateProfiles.Issuer issuer : issuers) {
            if (id.matchesIssuer(new JcaX509CertificateHolder(issuer.certificate()), digests())) {
                return issuer;
            }
        }
        return null;
    }

    private static DigestCalculatorProvider digests() throws OperatorCreationException {
        return new JcaDigestCalculatorProviderBuilder().build();
    }
}

package pe.ceropapel.signature.pki;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import java.security.PrivateKey;

/** An RFC 3161 time-stamping authority: answers a DER time-stamp request with a DER response. */
public final class TimeStampAuthority {

    /** The policy under which the development TSA issues its tokens (a private arc, for development only). */
    static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.61426.1.1");
    private static final Set<ASN1ObjectIdentifier> ACCEPTED_DIGESTS = Set.of(
            TSPAlgorithms.SHA256, TSPAlgorithms.SHA384, TSPAlgorithms.SHA512);

    private final TimeStampResponseGenerator generator;
    private final SecureRandom serials = new SecureRandom();

    TimeStampAuthority(PrivateKey key, List<X509Certificate> chain) {
        try {
            DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                    new JcaSignerInfoGeneratorBuilder(digests).build(
                            new JcaContentSignerBuilder(CertificateProfiles.SIGNATURE_ALGORITHM).build(key), chain.get(0)),
                    digests.get(new AlgorithmIdentifier(TSPAlgorithms.SHA256)), POLICY);
            tokens.addCertificates(new JcaCertStore(chain));
            generator = new TimeStampResponseGenerator(tokens, ACCEPTED_DIGESTS);
        } catch (GeneralSecurityException | OperatorCreationException | TSPException e) {
            throw new PkiException("cannot set up the time-stamping authority", e);
        }
    }

    /**
     * Answers a request. A request that cannot be parsed is refused with {@link IllegalArgumentException};
     * one with an unsupported digest gets a rejection response, as RFC 3161 prescribes.
     */
    public synchronized byte[] respond(byte[] requestDer) {
        TimeStampRequest request;
        try {
            request = new TimeStampRequest(requestDer);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a time-stamp request", e);
        }
        try {
            return generator.generate(request, new BigInteger(63, serials), new Date()).getEncoded();
        } catch (TSPException | IOException e) {
            throw new PkiException("cannot issue a time-stamp", e);
        }
    }
}

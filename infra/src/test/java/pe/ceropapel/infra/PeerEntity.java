package pe.ceropapel.infra;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import pe.ceropapel.signature.pades.SealKey;
import pe.ceropapel.signature.pades.SigningKey;
import pe.ceropapel.signature.request.SignedRequests;

/**
 * Another entity as a test plays it: a RUC and a seal (a fresh RSA key with a self-signed
 * certificate) that signs its requests the way {@link SignedRequests} says.
 */
final class PeerEntity implements SealKey {

    private final String ruc;
    private final KeyPair keys;
    private final X509Certificate certificate;

    PeerEntity(String ruc) throws Exception {
        this.ruc = ruc;
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        this.keys = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Entidad de prueba " + ruc + ", O=Entidad de prueba, C=PE");
        Instant now = Instant.now();
        this.certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
                BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(1, ChronoUnit.DAYS)),
                Date.from(now.plus(30, ChronoUnit.DAYS)), name, keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    }

    String ruc() {
        return ruc;
    }

    String certificatePem() {
        return SignedRequests.pem(certificate);
    }

    /** The signature headers of a request with this body. */
    Map<String, String> sign(String method, String path, byte[] body) {
        return SignedRequests.sign(this, ruc, method, path, body, Instant.now());
    }

    @Override
    public SigningKey open() {
        return new SigningKey() {
            @Override
            public List<X509Certificate> chain() {
                return List.of(certificate);
            }

            @Override
            public byte[] sign(byte[] dataToSign) {
                try {
                    Signature signature = Signature.getInstance("SHA256withRSA");
                    signature.initSign(keys.getPrivate());
                    signature.update(dataToSign);
                    return signature.sign();
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public void close() {
                // nothing is held open
            }
        };
    }

    @Override
    public String holder() {
        return "Entidad de prueba " + ruc;
    }
}

package pe.ceropapel.command.signing;

import static pe.ceropapel.command.Rules.require;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.springframework.stereotype.Component;
import pe.ceropapel.command.directory.Directory;
import pe.ceropapel.signature.pades.CertificateTrust;
import pe.ceropapel.signature.pades.SignerKeys;

/**
 * Whether a certificate chain sent for a remote signature may sign for the signer in turn: it must be
 * usable now and chain to a trusted anchor ({@link CertificateTrust}), and it must be the signer's
 * own: the certificate their registered key holds, or one whose subject carries their DNI as its
 * serial number (as the Peruvian authorities issue them: {@code PNOPE-<DNI>}, {@code DNI <DNI>}).
 */
@Component
class SignerCertificates {

    private static final Pattern DNI_SERIAL = Pattern.compile("(?:PNOPE-|IDCPE-|DNI[ :-]?)?(\\d{8})",
            Pattern.CASE_INSENSITIVE);

    private final CertificateTrust trust;
    private final SignerKeys keys;
    private final Directory directory;

    SignerCertificates(CertificateTrust trust, SignerKeys keys, Directory directory) {
        this.trust = trust;
        this.keys = keys;
        this.directory = directory;
    }

    /** Refuses a chain that cannot sign at {@code at} or that is not {@code username}'s own. */
    void requireOwnAndTrusted(String username, List<X509Certificate> chain, Instant at) {
        trust.requireUsable(chain, at);
        require(isOwn(username, chain.get(0)),
                "the certificate does not belong to %s: it must be their own, registered or naming their DNI", username);
    }

    /** Refuses a chain that cannot sign at {@code at} ({@link CertificateTrust#requireUsable}). */
    void requireUsable(List<X509Certificate> chain, Instant at) {
        trust.requireUsable(chain, at);
    }

    /** Whether the certificate is {@code username}'s: the one they are registered with, or one naming their DNI. */
    boolean isOwn(String username, X509Certificate certificate) {
        return isRegistered(username, certificate) || namesDni(certificate, directory.person(username)
                .map(Directory.PersonEntry::dni).orElse(null));
    }

    private boolean isRegistered(String username, X509Certificate certificate) {
        return keys.registeredCertificate(username).filter(registered -> sameEncoding(registered, certificate))
                .isPresent();
    }

    private static boolean sameEncoding(X509Certificate one, X509Certificate other) {
        try {
            return Arrays.equals(one.getEncoded(), other.getEncoded());
        } catch (CertificateEncodingException e) {
            return false;
        }
    }

    static boolean namesDni(X509Certificate certificate, String dni) {
        if (dni == null) {
            return false;
        }
        return serialNumbers(certificate).stream().map(DNI_SERIAL::matcher)
                .anyMatch(serial -> serial.matches() && serial.group(1).equals(dni));
    }

    private static List<String> serialNumbers(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        return Arrays.stream(subject.getRDNs(BCStyle.SERIALNUMBER))
                .map(rdn -> IETFUtils.valueToString(rdn.getFirst().getValue()).strip())
                .toList();
    }
}

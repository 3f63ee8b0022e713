package pe.ceropapel.frontend.signature;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import pe.ceropapel.frontend.web.LimaDates;
import pe.ceropapel.signature.pades.SignatureReport;
import pe.ceropapel.signature.pades.SignerTrust;

/**
 * Says in Spanish why a signature is or is not valid today, from DSS's verdict (indication and
 * sub-indication) and what is known of the signer's certificate: whether the signed bytes are
 * intact, who issued the certificate and who vouches for it (INDECOPI's list or our own roots),
 * and the reason when it does not pass, e.g. an expired certificate without a time-stamp. The pages
 * use it as {@code @firmas} for the signer's name.
 */
@Component("firmas")
public class SignatureExplanations {

    private static final Locale SPANISH = Locale.forLanguageTag("es-PE");
    /** DSS's verdicts for a certificate that expired before any proof of when the signature was made. */
    private static final Set<String> EXPIRED = Set.of("OUT_OF_BOUNDS_NO_POE", "OUT_OF_BOUNDS_NOT_REVOKED",
            "EXPIRED");

    private final MessageSource messages;
    private final LimaDates dates;
    private final Clock clock;

    SignatureExplanations(MessageSource messages, LimaDates dates, Clock clock) {
        this.messages = messages;
        this.dates = dates;
        this.clock = clock;
    }

    public ExplainedSignature explain(SignatureReport signature) {
        return new ExplainedSignature(signature, String.join(" ", integrity(signature), issuer(signature.trust()),
                verdict(signature)));
    }

    /** The signer's name: the certificate's common name, not its whole distinguished name. */
    public String signer(SignatureReport signature) {
        String signer = signature.signer();
        if (signer == null || signer.isBlank()) {
            return message("ui.verify.unknown-signer");
        }
        return commonName(signer);
    }

    static String commonName(String signer) {
        if (!signer.contains("=")) {
            return signer;
        }
        try {
            List<Rdn> parts = new LdapName(signer).getRdns();
            return parts.stream().filter(rdn -> "CN".equalsIgnoreCase(rdn.getType()))
                    .map(rdn -> rdn.getValue().toString()).findFirst().orElse(signer);
        } catch (InvalidNameException notADistinguishedName) {
            return signer;
        }
    }

    private String integrity(SignatureReport signature) {
        return message(signature.intact() ? "verify.explain.intact" : "verify.explain.not-intact");
    }

    private String issuer(SignerTrust trust) {
        if (trust == null) {
            return message("verify.explain.no-certificate");
        }
        String key = trust.listedInTrustedList() ? "verify.explain.issuer.listed"
                : trust.trustedAnchor() != null ? "verify.explain.issuer.own-root" : "verify.explain.issuer.untrusted";
        return message(key, trust.issuer());
    }

    private String verdict(SignatureReport signature) {
        if (signature.passed()) {
            return signature.coversWholeDocument() ? message("verify.explain.passed")
                    : message("verify.explain.passed") + " " + message("verify.explain.later-changes");
        }
        SignerTrust trust = signature.trust();
        boolean expired = trust != null && trust.certificateNotAfter() != null
                && trust.certificateNotAfter().isBefore(clock.instant());
        if (expired && (EXPIRED.contains(signature.subIndication()) || signature.timeStampedAt() == null)) {
            return message(signature.timeStampedAt() == null ? "verify.explain.expired-without-time-stamp"
                    : "verify.explain.expired", dates.date(trust.certificateNotAfter()));
        }
        String reason = signature.subIndication() == null ? null : messages.getMessage(
                "verify.explain.reason." + signature.subIndication(), null, null, SPANISH);
        return reason != null ? reason : message("verify.explain.reason.other",
                signature.subIndication() == null ? signature.indication() : signature.subIndication());
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, SPANISH);
    }
}

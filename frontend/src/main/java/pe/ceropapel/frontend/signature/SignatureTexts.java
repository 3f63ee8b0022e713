package pe.ceropapel.frontend.signature;

import java.util.List;
import java.util.Locale;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import pe.ceropapel.signature.pades.SignatureReport;

/**
 * A signature's validation as people read it, used by the pages as {@code @firmas}: who signed, by
 * name, and in plain Spanish why the signature is valid or not (DSS's indication and
 * sub-indication, translated through the message bundle).
 */
@Component("firmas")
public class SignatureTexts {

    private static final Locale SPANISH = Locale.forLanguageTag("es-PE");

    private final MessageSource messages;

    SignatureTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The signer's name: the certificate's common name, not its whole distinguished name. */
    public String signer(SignatureReport signature) {
        String signer = signature.signer();
        if (signer == null || signer.isBlank()) {
            return messages.getMessage("ui.verify.unknown-signer", null, SPANISH);
        }
        return commonName(signer);
    }

    /** Why the signature is valid, or why it is not or could not be checked. */
    public String reason(SignatureReport signature) {
        String reason = signature.subIndication() == null ? null
                : messages.getMessage("ui.verify.reason." + signature.subIndication(), null, null, SPANISH);
        if (reason == null) {
            reason = messages.getMessage("ui.verify.reason." + signature.indication(), null,
                    messages.getMessage("ui.verify.reason.INDETERMINATE", null, SPANISH), SPANISH);
        }
        if (signature.passed() && !signature.coversWholeDocument()) {
            reason = reason + " " + messages.getMessage("ui.verify.reason.later-changes", null, SPANISH);
        }
        return reason;
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
}

package pe.ceropapel.command.signing;

import java.util.Map;
import pe.ceropapel.api.document.DocumentType;
import pe.ceropapel.signature.pades.PadesLevel;

/**
 * How documents are signed.
 *
 * @param entityName          the entity named in the printed-representation legend
 * @param verificationBaseUrl the public page that verifies a code; the code is appended to it
 * @param defaultLevel        the PAdES level of signatures (B-T for internal documents by default)
 * @param levels              levels for particular document types
 */
public record SigningSettings(String entityName, String verificationBaseUrl, PadesLevel defaultLevel,
                              Map<DocumentType, PadesLevel> levels) {

    public SigningSettings {
        levels = Map.copyOf(levels);
    }

    PadesLevel levelFor(DocumentType type) {
        return levels.getOrDefault(type, defaultLevel);
    }

    String verificationUrl(String code) {
        return verificationBaseUrl.replaceAll("/+$", "") + "/" + code;
    }
}

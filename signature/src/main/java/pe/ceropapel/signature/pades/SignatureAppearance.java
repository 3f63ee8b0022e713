package pe.ceropapel.signature.pades;

import pe.ceropapel.api.document.SignatureRole;

/**
 * What a visible stamp says about its signer.
 *
 * @param signerName the signer's full name
 * @param position   the signer's position (cargo) and office, or null
 * @param role       visto bueno or signature; decides the stamp's label and reason
 */
public record SignatureAppearance(String signerName, String position, SignatureRole role) {
}

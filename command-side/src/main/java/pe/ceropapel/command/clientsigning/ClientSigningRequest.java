package pe.ceropapel.command.clientsigning;

import java.util.List;
import pe.ceropapel.api.document.SignatureRole;
import pe.ceropapel.signature.stamp.StampBox;

/**
 * What a ticket asks the client to sign.
 *
 * @param signer    who must sign
 * @param role      a visto bueno or the final signature
 * @param batch     whether the ticket covers more than one document (they travel in a 7z archive)
 * @param documents the prepared PDFs still to sign, each with where its visible stamp goes
 */
public record ClientSigningRequest(String signer, SignatureRole role, boolean batch, List<ToSign> documents) {

    /** One prepared PDF: its document, the name it has in a batch, and where its stamp goes. */
    public record ToSign(String documentId, String fileName, StampBox stamp) {
    }
}

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
 * @param documentIds the documents still to sign
 * @param stamp       where the visible stamp goes on the first of them (the place the client is told)
 */
public record ClientSigningRequest(String signer, SignatureRole role, boolean batch, List<String> documentIds,
                                   StampBox stamp) {
}

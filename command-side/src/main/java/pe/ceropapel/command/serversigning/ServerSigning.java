package pe.ceropapel.command.serversigning;

import pe.ceropapel.api.directory.WrongSigningPinException;
import pe.ceropapel.api.document.SignatureOutcome;

/**
 * Signing here, with the signer's key kept by the application (a development key, a PKCS#12 file,
 * a token) and unlocked by the PIN the signer types. The PIN unlocks the key and is forgotten: it
 * never travels in a command or an event. Every attempt counts towards the key's lock.
 */
public interface ServerSigning {

    /**
     * Signs {@code documentId} as {@code signer} in their turn: numbered first when it is the final
     * signature, recorded as the next version.
     *
     * @param pin the PIN the signer typed; null when the key source needs none (a token opened by the application)
     * @throws WrongSigningPinException when the PIN does not unlock the key (the attempt is recorded, nothing signed)
     */
    SignatureOutcome sign(String documentId, String signer, char[] pin) throws WrongSigningPinException;
}

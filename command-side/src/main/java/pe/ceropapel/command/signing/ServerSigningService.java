package pe.ceropapel.command.signing;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import pe.ceropapel.api.directory.RecordSigningPinAttemptCommand;
import pe.ceropapel.api.directory.WrongSigningPinException;
import pe.ceropapel.api.document.SignDocumentCommand;
import pe.ceropapel.api.document.SignatureOutcome;
import pe.ceropapel.command.serversigning.ServerSigning;
import pe.ceropapel.signature.pades.SigningKey;
import pe.ceropapel.signature.pades.SigningKeyException;

/**
 * {@link ServerSigning}: opens the signer's key with the PIN before anything else, records the
 * attempt (a wrong PIN is recorded and nothing more), then sends the signing command naming the
 * unlocked key by its handle, and closes the key once the command is answered.
 */
@Service
class ServerSigningService implements ServerSigning {

    private final CommandGateway commands;
    private final SignedVersions versions;
    private final UnlockedKeys unlocked;

    ServerSigningService(CommandGateway commands, SignedVersions versions, UnlockedKeys unlocked) {
        this.commands = commands;
        this.versions = versions;
        this.unlocked = unlocked;
    }

    @Override
    public SignatureOutcome sign(String documentId, String signer, char[] pin) throws WrongSigningPinException {
        try (SigningKey key = openKey(signer, pin)) {
            String handle = unlocked.hold(signer, key);
            try {
                return commands.sendAndWait(new SignDocumentCommand(documentId, signer, handle));
            } finally {
                unlocked.release(handle);
            }
        }
    }

    /** The signer's key, opened with the PIN they typed, each attempt told to their locking count. */
    private SigningKey openKey(String signer, char[] pin) throws WrongSigningPinException {
        SigningKey key;
        try {
            key = versions.openKey(signer, pin);
        } catch (SigningKeyException e) {
            if (e.reason() != SigningKeyException.Reason.WRONG_PIN) {
                throw e;
            }
            boolean locked = commands.sendAndWait(new RecordSigningPinAttemptCommand(signer, false));
            throw new WrongSigningPinException(signer, locked);
        }
        try {
            commands.sendAndWait(new RecordSigningPinAttemptCommand(signer, true));
            return key;
        } catch (RuntimeException e) {
            key.close();
            throw e;
        }
    }
}

package pe.ceropapel.command.signing;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.document.AssignNumberCommand;
import pe.ceropapel.api.document.AssignVerificationCodeCommand;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.document.DocumentNumber;
import pe.ceropapel.api.document.PrepareSignatureCommand;
import pe.ceropapel.api.document.RecordSignatureCommand;
import pe.ceropapel.api.document.SignDocumentCommand;
import pe.ceropapel.api.document.SignatureOutcome;
import pe.ceropapel.api.document.SignatureTurn;
import pe.ceropapel.command.numbering.DocumentNumbers;
import pe.ceropapel.signature.pades.SigningKey;

/**
 * Drives one signature: checks the turn with the document, gives it its verification code before
 * the first signature and its number before the final one, has the content signed, and records the
 * signed version. The steps run in this command's unit of work, so code, number and signature are
 * stored together or not at all; a signed PDF whose recording fails stays in storage unreferenced.
 */
@Component
class SigningWorkflow {

    private final CommandGateway commands;
    private final DocumentNumbers numbers;
    private final SignedVersions versions;
    private final UnlockedKeys unlocked;

    SigningWorkflow(CommandGateway commands, DocumentNumbers numbers, SignedVersions versions, UnlockedKeys unlocked) {
        this.commands = commands;
        this.numbers = numbers;
        this.versions = versions;
        this.unlocked = unlocked;
    }

    /** Signs with the key that {@link ServerSigningService} unlocked for this command, as described above. */
    @CommandHandler
    SignatureOutcome handle(SignDocumentCommand command) {
        SigningKey key = unlocked.of(command.unlockedKey(), command.signer());
        SignatureTurn turn = commands.sendAndWait(new PrepareSignatureCommand(command.documentId(), command.signer()));
        // the code first: a single signer's number is recorded on the verification row the code creates
        String code = verificationCodeFor(turn);
        DocumentNumber number = numberFor(turn);
        ContentRef signed = versions.sign(turn, command.signer(), key, number, code);
        commands.sendAndWait(new RecordSignatureCommand(command.documentId(), command.signer(), turn.role(),
                turn.version(), signed));
        return new SignatureOutcome(command.documentId(), turn.version() + 1, number);
    }

    /**
     * The document's number, taken now when this is its final signature. Ask for it after
     * {@link #verificationCodeFor}: the table of verifiable documents records the number in the row
     * that the code makes, so a number recorded first (a single signer's document) was lost.
     */
    DocumentNumber numberFor(SignatureTurn turn) {
        DocumentNumber number = turn.number();
        if (turn.finalSignature() && number == null) {
            number = numbers.take(turn.documentId(), turn.officeCode(), turn.type());
            commands.sendAndWait(new AssignNumberCommand(turn.documentId(), number));
        }
        return number;
    }

    /** The document's verification code, drawn now when it has none. */
    String verificationCodeFor(SignatureTurn turn) {
        if (turn.verificationCode() != null) {
            return turn.verificationCode();
        }
        String code = VerificationCodes.next();
        commands.sendAndWait(new AssignVerificationCodeCommand(turn.documentId(), code));
        return code;
    }
}

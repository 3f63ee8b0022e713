package pe.ceropapel.command.signing;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.document.AssignNumberCommand;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.document.DocumentNumber;
import pe.ceropapel.api.document.PrepareSignatureCommand;
import pe.ceropapel.api.document.RecordSignatureCommand;
import pe.ceropapel.api.document.SignDocumentCommand;
import pe.ceropapel.api.document.SignatureOutcome;
import pe.ceropapel.api.document.SignatureTurn;
import pe.ceropapel.command.numbering.DocumentNumbers;
import pe.ceropapel.signature.DocumentSigner;
import pe.ceropapel.signature.SignatureRequest;
import pe.ceropapel.signature.SigningUnavailableException;

/**
 * Drives one signature: checks the turn with the document, numbers it before its final signature,
 * has the signature module sign the current version, and records the signed version. The steps run
 * in this command's unit of work, so the number and the signature are stored together or not at
 * all; a signed PDF whose recording fails stays in storage unreferenced, never shown.
 */
@Component
class SigningWorkflow {

    private final CommandGateway commands;
    private final DocumentNumbers numbers;
    private final ObjectProvider<DocumentSigner> signer;

    SigningWorkflow(CommandGateway commands, DocumentNumbers numbers, ObjectProvider<DocumentSigner> signer) {
        this.commands = commands;
        this.numbers = numbers;
        this.signer = signer;
    }

    @CommandHandler
    SignatureOutcome handle(SignDocumentCommand command) {
        DocumentSigner documentSigner = signer.getIfAvailable();
        if (documentSigner == null) {
            throw new SigningUnavailableException("no signing service is configured");
        }
        SignatureTurn turn = commands.sendAndWait(new PrepareSignatureCommand(command.documentId(), command.signer()));
        DocumentNumber number = turn.number();
        if (turn.finalSignature() && number == null) {
            number = numbers.take(command.documentId(), turn.officeCode(), turn.type());
            commands.sendAndWait(new AssignNumberCommand(command.documentId(), number));
        }
        ContentRef signed = documentSigner.sign(
                new SignatureRequest(command.documentId(), turn.content(), command.signer(), turn.role(), number));
        commands.sendAndWait(new RecordSignatureCommand(command.documentId(), command.signer(), turn.role(),
                turn.version(), signed));
        return new SignatureOutcome(command.documentId(), turn.version() + 1, number);
    }
}

package pe.ceropapel.frontend.document;

import java.net.URI;
import jakarta.validation.Valid;
import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import pe.ceropapel.api.document.AnnulDocumentCommand;
import pe.ceropapel.api.document.ArchiveDocumentCommand;
import pe.ceropapel.api.document.DiscardDraftCommand;
import pe.ceropapel.api.document.EditDraftCommand;
import pe.ceropapel.api.document.PlannedSigner;
import pe.ceropapel.api.document.RejectDocumentCommand;
import pe.ceropapel.api.document.RemoveAttachmentCommand;
import pe.ceropapel.api.document.ResubmitDocumentCommand;
import pe.ceropapel.api.document.SetSignaturePlanCommand;
import pe.ceropapel.api.document.CompleteRemoteSignatureCommand;
import pe.ceropapel.api.document.RemoteSignatureChallenge;
import pe.ceropapel.api.document.StartRemoteSignatureCommand;
import pe.ceropapel.api.document.SignatureOutcome;
import pe.ceropapel.api.directory.WrongSigningPinException;
import pe.ceropapel.signature.pdf.PdfRejectedException;
import pe.ceropapel.command.intake.DocumentIntake;
import pe.ceropapel.command.serversigning.ServerSigning;
import pe.ceropapel.command.intake.AnnexRefusedException;

/**
 * Every step of a document's life after registration, one endpoint per command. The acting person
 * is always the authenticated one; the aggregate decides whether they may act.
 */
@RestController
@RequestMapping("/api/documents/{id}")
class DocumentLifecycleController {

    private final CommandGateway commands;
    private final DocumentIntake intake;
    private final ServerSigning signing;

    DocumentLifecycleController(CommandGateway commands, DocumentIntake intake, ServerSigning signing) {
        this.commands = commands;
        this.intake = intake;
        this.signing = signing;
    }

    @PutMapping(path = "/content", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Void> replaceContent(@PathVariable String id, @RequestPart("file") MultipartFile file,
                                        Principal principal) throws IOException, PdfRejectedException {
        intake.replaceContent(id, principal.getName(), UploadedParts.of(file));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/draft")
    ResponseEntity<Void> editDraft(@PathVariable String id, @RequestBody @Valid LifecycleRequests.Draft draft,
                                   Principal principal) {
        commands.sendAndWait(new EditDraftCommand(id, principal.getName(), draft.subject(), draft.recipients()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, String>> addAttachment(@PathVariable String id, @RequestPart("file") MultipartFile file,
                                                      Principal principal) throws IOException, AnnexRefusedException {
        String attachmentId = intake.addAttachment(id, principal.getName(), UploadedParts.of(file));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("attachmentId", attachmentId));
    }

    @DeleteMapping("/attachments/{attachmentId}")
    ResponseEntity<Void> removeAttachment(@PathVariable String id, @PathVariable String attachmentId,
                                          Principal principal) {
        commands.sendAndWait(new RemoveAttachmentCommand(id, principal.getName(), attachmentId));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/discard")
    ResponseEntity<Void> discard(@PathVariable String id, Principal principal) {
        commands.sendAndWait(new DiscardDraftCommand(id, principal.getName()));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/signature-plan")
    ResponseEntity<Void> plan(@PathVariable String id, @RequestBody @Valid LifecycleRequests.Plan plan,
                              Principal principal) {
        commands.sendAndWait(new SetSignaturePlanCommand(id, principal.getName(), plan.signers().stream()
                .map(signer -> new PlannedSigner(signer.username(), signer.role())).toList()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/signatures")
    SignatureOutcome sign(@PathVariable String id, @RequestBody(required = false) @Valid LifecycleRequests.Sign body,
                          Principal principal) throws WrongSigningPinException {
        String pin = body == null ? null : body.pin();
        return signing.sign(id, principal.getName(), pin == null ? null : pin.toCharArray());
    }

    @PostMapping("/remote-signatures")
    ResponseEntity<RemoteSignatureChallenge> startRemote(@PathVariable String id,
                                                         @RequestBody @Valid LifecycleRequests.RemoteStart body,
                                                         Principal principal) {
        RemoteSignatureChallenge challenge = commands.sendAndWait(
                new StartRemoteSignatureCommand(id, principal.getName(), body.certificateChain()));
        return ResponseEntity.created(URI.create("/api/documents/" + id + "/remote-signatures/" + challenge.sessionId()))
                .body(challenge);
    }

    @PostMapping("/remote-signatures/{sessionId}")
    SignatureOutcome completeRemote(@PathVariable String id, @PathVariable String sessionId,
                                    @RequestBody @Valid LifecycleRequests.RemoteValue body, Principal principal) {
        return commands.sendAndWait(
                new CompleteRemoteSignatureCommand(id, sessionId, principal.getName(), body.signatureValue()));
    }

    @PostMapping("/rejection")
    ResponseEntity<Void> reject(@PathVariable String id, @RequestBody @Valid LifecycleRequests.Reason body,
                                Principal principal) {
        commands.sendAndWait(new RejectDocumentCommand(id, principal.getName(), body.reason()));
        return ResponseEntity.noContent().build();
    }

    /** The author sends an observed document to its signers again, with its current content (replace it first). */
    @PostMapping("/resubmission")
    ResponseEntity<Void> resubmit(@PathVariable String id, Principal principal) {
        commands.sendAndWait(new ResubmitDocumentCommand(id, principal.getName(), null));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/annulment")
    ResponseEntity<Void> annul(@PathVariable String id, @RequestBody @Valid LifecycleRequests.Reason body,
                               Principal principal) {
        commands.sendAndWait(new AnnulDocumentCommand(id, principal.getName(), body.reason()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/archive")
    ResponseEntity<Void> archive(@PathVariable String id, Principal principal) {
        commands.sendAndWait(new ArchiveDocumentCommand(id, principal.getName()));
        return ResponseEntity.noContent().build();
    }
}

package pe.ceropapel.command.signing;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.document.DocumentArchivedEvent;
import pe.ceropapel.api.document.RecordArchivalExtensionCommand;
import pe.ceropapel.api.rules.IllegalTransitionException;
import pe.ceropapel.storage.ObjectMissingException;

/**
 * When a signed document is archived, extends its signatures to PAdES-LTA (revocation data and an
 * archive time-stamp) so that they stay verifiable after the certificates expire. Runs in its own
 * tracking processor, outside the archiving request: while the time-stamping authority is down it
 * retries, and nothing is lost. A document already extended or changed since is left alone.
 */
@Component
@ProcessingGroup(ArchivalExtension.PROCESSING_GROUP)
class ArchivalExtension {

    static final String PROCESSING_GROUP = "archiving";
    private static final Logger log = LoggerFactory.getLogger(ArchivalExtension.class);

    private final VerificationQueries verifiable;
    private final SignedVersions versions;
    private final CommandGateway commands;

    ArchivalExtension(VerificationQueries verifiable, SignedVersions versions, CommandGateway commands) {
        this.verifiable = verifiable;
        this.versions = versions;
        this.commands = commands;
    }

    @EventHandler
    void on(DocumentArchivedEvent event) {
        verifiable.latestSignedVersion(event.documentId()).ifPresent(signed -> extend(event.documentId(), signed));
    }

    private void extend(String documentId, VerificationQueries.SignedVersion signed) {
        ContentRef extended;
        try {
            extended = versions.extendForArchiving(signed.content());
        } catch (ObjectMissingException e) {
            // that one document's problem: retrying would hold up the extension of every other one
            log.error("The signatures of archived document {} cannot be extended: its signed PDF {} is missing",
                    documentId, signed.content().objectKey());
            return;
        }
        try {
            commands.sendAndWait(new RecordArchivalExtensionCommand(documentId, signed.version(), extended));
            log.info("Extended the signatures of archived document {} to PAdES-LTA", documentId);
        } catch (IllegalTransitionException e) {
            log.info("Archived document {} needs no extension: {}", documentId, e.getMessage());
        }
    }
}

package pe.ceropapel.command.signing;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.document.DocumentArchivedEvent;
import pe.ceropapel.api.document.RecordArchivalExtensionCommand;
import pe.ceropapel.api.rules.IllegalTransitionException;

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

    private final JdbcTemplate jdbc;
    private final SignedVersions versions;
    private final CommandGateway commands;

    ArchivalExtension(JdbcTemplate jdbc, SignedVersions versions, CommandGateway commands) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.commands = commands;
    }

    @EventHandler
    void on(DocumentArchivedEvent event) {
        jdbc.query("SELECT version, object_key, sha256, size_bytes, pages FROM verifiable_document "
                        + "WHERE document_id = ? AND version IS NOT NULL",
                (row, n) -> new SignedContent(row.getInt("version"), new ContentRef(row.getString("object_key"),
                        row.getString("sha256"), row.getLong("size_bytes"), row.getInt("pages"))),
                event.documentId()).stream().findFirst().ifPresent(signed -> extend(event.documentId(), signed));
    }

    private void extend(String documentId, SignedContent signed) {
        ContentRef extended = versions.extendForArchiving(signed.content());
        try {
            commands.sendAndWait(new RecordArchivalExtensionCommand(documentId, signed.version(), extended));
            log.info("Extended the signatures of archived document {} to PAdES-LTA", documentId);
        } catch (IllegalTransitionException e) {
            log.info("Archived document {} needs no extension: {}", documentId, e.getMessage());
        }
    }

    private record SignedContent(int version, ContentRef content) {
    }
}

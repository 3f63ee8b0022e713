package pe.ceropapel.command.signing;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.document.DocumentNumberedEvent;
import pe.ceropapel.api.document.DocumentSignedEvent;
import pe.ceropapel.api.document.SignaturesExtendedEvent;
import pe.ceropapel.api.document.VerificationCodeAssignedEvent;

/**
 * Keeps the table of verifiable documents: code, number and latest signed content. Subscribing, in
 * the command's transaction, so a duplicate code refuses the command; every write is keyed, so a
 * replay leaves the same rows.
 */
@Component
@ProcessingGroup(VerificationProjection.PROCESSING_GROUP)
class VerificationProjection {

    static final String PROCESSING_GROUP = "verification";

    private final JdbcTemplate jdbc;

    VerificationProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(VerificationCodeAssignedEvent event) {
        jdbc.update("INSERT INTO verifiable_document (verification_code, document_id) VALUES (?, ?)",
                event.verificationCode(), event.documentId());
    }

    @EventHandler
    void on(DocumentNumberedEvent event) {
        jdbc.update("UPDATE verifiable_document SET number_text = ? WHERE document_id = ?",
                event.number().text(), event.documentId());
    }

    @EventHandler
    void on(DocumentSignedEvent event) {
        signedVersion(event.documentId(), event.version(), event.content());
    }

    @EventHandler
    void on(SignaturesExtendedEvent event) {
        signedVersion(event.documentId(), event.version(), event.content());
    }

    private void signedVersion(String documentId, int version, ContentRef content) {
        jdbc.update("UPDATE verifiable_document SET version = ?, object_key = ?, sha256 = ?, size_bytes = ?, pages = ? "
                        + "WHERE document_id = ? AND (version IS NULL OR version < ?)",
                version, content.objectKey(), content.sha256(), content.size(), content.pages(), documentId, version);
    }
}

package pe.ceropapel.command.signing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.document.ClientSignatureRecordedEvent;
import pe.ceropapel.api.document.ClientSignatureStartedEvent;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.document.SignatureRole;
import pe.ceropapel.command.clientsigning.ClientSigningRefusedException;

/**
 * The table of signing tickets, kept in the command's transaction (a subscribing processor): which
 * documents a ticket covers, what was prepared for each, and whether each was signed. The last refusal
 * of a returned file is kept beside them for the page that follows the ticket.
 */
@Component
@ProcessingGroup(ClientSignatureTickets.PROCESSING_GROUP)
class ClientSignatureTickets {

    static final String PROCESSING_GROUP = "client-signing";

    private final JdbcTemplate jdbc;

    ClientSignatureTickets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One document of a ticket, as it was prepared. */
    record Entry(String documentId, int position, String signer, SignatureRole role, int basedOnVersion,
                 ContentRef prepared, Instant expiresAt, boolean signed, String refusal, String refusalDetail) {

        String fileName() {
            return String.format("%03d-%s.pdf", position, documentId);
        }
    }

    @EventHandler
    void on(ClientSignatureStartedEvent event) {
        ContentRef prepared = event.prepared();
        jdbc.update("INSERT INTO client_signature (ticket_sha256, document_id, position, signer, role, based_on_version,"
                        + " object_key, sha256, size_bytes, pages, expires_at) VALUES (?, ?, (SELECT count(*) + 1 FROM"
                        + " client_signature WHERE ticket_sha256 = ?), ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                event.ticketSha256(), event.documentId(), event.ticketSha256(), event.signer(), event.role().name(),
                event.basedOnVersion(), prepared.objectKey(), prepared.sha256(), prepared.size(), prepared.pages(),
                Timestamp.from(event.expiresAt()));
    }

    @EventHandler
    void on(ClientSignatureRecordedEvent event) {
        jdbc.update("UPDATE client_signature SET signed = TRUE, refusal = NULL, refusal_detail = NULL"
                + " WHERE ticket_sha256 = ? AND document_id = ?", event.ticketSha256(), event.documentId());
    }

    /** The ticket's documents in the order they were given, none when the ticket is unknown. */
    List<Entry> of(String ticketSha256) {
        return jdbc.query("SELECT * FROM client_signature WHERE ticket_sha256 = ? ORDER BY position",
                (row, n) -> new Entry(row.getString("document_id"), row.getInt("position"), row.getString("signer"),
                        SignatureRole.valueOf(row.getString("role")), row.getInt("based_on_version"),
                        new ContentRef(row.getString("object_key"), row.getString("sha256"), row.getLong("size_bytes"),
                                row.getInt("pages")),
                        row.getTimestamp("expires_at").toInstant(), row.getBoolean("signed"), row.getString("refusal"),
                        row.getString("refusal_detail")),
                ticketSha256);
    }

    /** Keeps why a returned file was refused, for the page; the document itself is unchanged. */
    void refused(String ticketSha256, String documentId, ClientSigningRefusedException refusal) {
        jdbc.update("UPDATE client_signature SET refusal = ?, refusal_detail = ? WHERE ticket_sha256 = ?"
                        + " AND document_id = ? AND NOT signed", refusal.reason().name(), refusal.getMessage(),
                ticketSha256, documentId);
    }
}

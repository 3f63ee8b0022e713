package pe.ceropapel.command.signing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.document.ContentReplacedEvent;
import pe.ceropapel.api.document.DocumentAnnulledEvent;
import pe.ceropapel.api.document.DocumentArchivedEvent;
import pe.ceropapel.api.document.DocumentIssuedEvent;
import pe.ceropapel.api.document.DocumentRegisteredEvent;
import pe.ceropapel.api.document.DocumentRejectedEvent;
import pe.ceropapel.api.document.DocumentState;
import pe.ceropapel.api.document.DraftDiscardedEvent;
import pe.ceropapel.api.document.FindPublicContentQuery;
import pe.ceropapel.api.document.FindVerifiableDocumentQuery;
import pe.ceropapel.api.document.VerifiableDocument;

/**
 * Answers public verification: a code finds a document only once it carries a signature, and its
 * PDF only where the entity's {@link PublicContentRules} publish it, judged on the document's events
 * as stored (its type, confidentiality and state), never on a read model that may lag behind.
 */
@Component
class VerificationQueries {

    private final JdbcTemplate jdbc;
    private final EventStore events;
    private final PublicContentRules rules;

    VerificationQueries(JdbcTemplate jdbc, EventStore events, PublicContentRules rules) {
        this.jdbc = jdbc;
        this.events = events;
        this.rules = rules;
    }

    @QueryHandler
    Optional<VerifiableDocument> handle(FindPublicContentQuery query) {
        return handle(new FindVerifiableDocumentQuery(query.verificationCode())).filter(this::published);
    }

    private boolean published(VerifiableDocument document) {
        DomainEventStream stream = events.readEvents(document.documentId(), 0);
        DocumentRegisteredEvent registration = null;
        DocumentState state = null;
        while (stream.hasNext()) {
            Object event = stream.next().getPayload();
            if (event instanceof DocumentRegisteredEvent registered) {
                registration = registered;
                state = DocumentState.DRAFT;
            } else if (event instanceof DocumentIssuedEvent) {
                state = DocumentState.ISSUED;
            } else if (event instanceof DocumentArchivedEvent) {
                state = DocumentState.ARCHIVED;
            } else if (event instanceof DocumentAnnulledEvent) {
                state = DocumentState.ANNULLED;
            } else if (event instanceof DraftDiscardedEvent) {
                state = DocumentState.DISCARDED;
            } else if (event instanceof DocumentRejectedEvent || event instanceof ContentReplacedEvent) {
                state = DocumentState.DRAFT;
            }
        }
        return registration != null && rules.allow(registration.type(), registration.confidential(), state);
    }

    @QueryHandler
    Optional<VerifiableDocument> handle(FindVerifiableDocumentQuery query) {
        return jdbc.query("SELECT document_id, number_text, object_key, sha256, size_bytes, pages "
                        + "FROM verifiable_document WHERE verification_code = ? AND version IS NOT NULL",
                (row, n) -> new VerifiableDocument(row.getString("document_id"), row.getString("number_text"),
                        signedContent(row)),
                query.verificationCode()).stream().findFirst();
    }

    /** A document's latest signed content version and its number, when it has one. */
    Optional<SignedVersion> latestSignedVersion(String documentId) {
        return jdbc.query("SELECT version, object_key, sha256, size_bytes, pages FROM verifiable_document "
                        + "WHERE document_id = ? AND version IS NOT NULL",
                (row, n) -> new SignedVersion(row.getInt("version"), signedContent(row)), documentId)
                .stream().findFirst();
    }

    /** A signed content version of a document. */
    record SignedVersion(int version, ContentRef content) {
    }

    private static ContentRef signedContent(ResultSet row) throws SQLException {
        return new ContentRef(row.getString("object_key"), row.getString("sha256"), row.getLong("size_bytes"),
                row.getInt("pages"));
    }
}

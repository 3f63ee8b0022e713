package pe.ceropapel.command.signing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.document.FindVerifiableDocumentQuery;
import pe.ceropapel.api.document.VerifiableDocument;

/** Answers public verification: a code finds a document only once it carries a signature. */
@Component
class VerificationQueries {

    private final JdbcTemplate jdbc;

    VerificationQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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

package pe.ceropapel.query.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.audit.AuditEntry;
import pe.ceropapel.api.audit.ConfidentialDocumentReadEvent;
import pe.ceropapel.api.audit.FindAuditTrailQuery;
import pe.ceropapel.api.audit.PublicContentReadEvent;
import pe.ceropapel.api.document.DocumentRegisteredEvent;

/**
 * Audit trails read straight from the event store, the source of truth: a document's own events
 * with the recorded reads of it (confidential reads, public downloads by verification code), or
 * every event a person caused (and those of their own record).
 */
@Component
class AuditTrail {

    private static final String COLUMNS = "SELECT globalindex, timestamp, aggregateidentifier, sequencenumber, "
            + "payloadtype, convert_from(payload, 'UTF8') AS payload, convert_from(metadata, 'UTF8') AS metadata "
            + "FROM domainevententry ";
    private static final String OF_DOCUMENT = COLUMNS + "WHERE aggregateidentifier = ? OR (payloadtype IN (?, ?) "
            + "AND convert_from(payload, 'UTF8')::jsonb ->> 'documentId' = ?) ORDER BY globalindex";
    private static final String OF_PERSON = COLUMNS + "WHERE convert_from(metadata, 'UTF8')::jsonb ->> 'user' = ? "
            + "OR aggregateidentifier = ? ORDER BY globalindex";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;

    AuditTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<AuditEntry> handle(FindAuditTrailQuery query) {
        ContentVersions versions = new ContentVersions();
        RowMapper<AuditEntry> mapper = (row, index) -> entry(row, versions);
        return query.subject() == FindAuditTrailQuery.Subject.DOCUMENT
                ? jdbc.query(OF_DOCUMENT, mapper, query.id(), ConfidentialDocumentReadEvent.class.getName(),
                        PublicContentReadEvent.class.getName(), query.id())
                : jdbc.query(OF_PERSON, mapper, query.id(), query.id());
    }

    private static AuditEntry entry(ResultSet row, ContentVersions versions) throws SQLException {
        JsonNode metadata = json(row.getString("metadata"));
        JsonNode payload = json(row.getString("payload"));
        String type = row.getString("payloadtype");
        String aggregate = row.getString("aggregateidentifier");
        return new AuditEntry(row.getLong("globalindex"), Instant.parse(row.getString("timestamp")), aggregate,
                row.getLong("sequencenumber"), type.substring(type.lastIndexOf('.') + 1), text(metadata, "user"),
                text(metadata, "office"), text(metadata, "address"), versions.after(type, aggregate, payload),
                row.getString("payload"));
    }

    /**
     * The content version of each document as the trail goes (events are read oldest first): a
     * registration makes version 1, an event that names a version moves to it, any other event (a read
     * of the document included) leaves the version as it was.
     */
    private static final class ContentVersions {

        private final Map<String, Integer> current = new HashMap<>();

        Integer after(String type, String aggregate, JsonNode payload) {
            String document = payload.hasNonNull("documentId") ? payload.get("documentId").asText() : aggregate;
            if (type.equals(DocumentRegisteredEvent.class.getName())) {
                current.put(document, 1);
            } else if (payload.hasNonNull("version")) {
                current.put(document, payload.get("version").asInt());
            }
            return current.get(document);
        }
    }

    private static JsonNode json(String text) {
        try {
            return text == null ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}

package pe.ceropapel.api.audit;

import java.time.Instant;

/**
 * One event of an audit trail.
 *
 * @param position  the event's position in the event store (global index)
 * @param aggregate the aggregate it belongs to (a document, case file, person, office), and its sequence there
 * @param event     the event's type, such as {@code DocumentSignedEvent}
 * @param user      who caused it, with their office and network address, as recorded with the command
 * @param version   the content version the document had after it, when the event gives one
 * @param payload   the event's data as stored (JSON)
 */
public record AuditEntry(long position, Instant at, String aggregate, long sequence, String event, String user,
                         String office, String address, Integer version, String payload) {
}

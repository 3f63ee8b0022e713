package pe.ceropapel.frontend.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import pe.ceropapel.api.audit.AuditEntry;
import pe.ceropapel.api.audit.FindAuditTrailQuery;

/**
 * The audit trail of a document or a person from the event store, as JSON or as a CSV export
 * ({@code .csv}); administrators only.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
public class AuditController {

    private final QueryGateway queries;

    AuditController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/audit/documents/{id}")
    List<AuditEntry> document(@PathVariable String id) {
        return trail(FindAuditTrailQuery.Subject.DOCUMENT, id);
    }

    @GetMapping("/api/audit/documents/{id}.csv")
    ResponseEntity<String> documentCsv(@PathVariable String id) {
        return csv(FindAuditTrailQuery.Subject.DOCUMENT, id);
    }

    @GetMapping("/api/audit/people/{username}")
    List<AuditEntry> person(@PathVariable String username) {
        return trail(FindAuditTrailQuery.Subject.PERSON, username);
    }

    @GetMapping("/api/audit/people/{username}.csv")
    ResponseEntity<String> personCsv(@PathVariable String username) {
        return csv(FindAuditTrailQuery.Subject.PERSON, username);
    }

    public List<AuditEntry> trail(FindAuditTrailQuery.Subject subject, String id) {
        return queries.query(new FindAuditTrailQuery(subject, id), ResponseTypes.multipleInstancesOf(AuditEntry.class))
                .join();
    }

    public ResponseEntity<String> csv(FindAuditTrailQuery.Subject subject, String id) {
        String name = "auditoria-" + subject.name().toLowerCase() + "-" + id.replaceAll("[^0-9A-Za-z-]", "_") + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", ContentDisposition.attachment().filename(name).build().toString())
                .body(AuditCsv.of(trail(subject, id)));
    }
}

package pe.ceropapel.api.document;

import java.time.Instant;
import java.util.List;

/**
 * A matching document with highlighted fragments of the text that matched, and enough of its flow to
 * say what is happening to it: signatures made out of those planned, whether a signer observed it,
 * and whether it came from outside the entity.
 */
public record SearchHit(String documentId,
                        DocumentType type,
                        String subject,
                        String officeCode,
                        DocumentState state,
                        String number,
                        Instant registeredAt,
                        List<String> highlights,
                        int signaturesMade,
                        int signaturesPlanned,
                        boolean observed,
                        boolean fromOutside) {
    public SearchHit {
        highlights = List.copyOf(highlights);
    }
}

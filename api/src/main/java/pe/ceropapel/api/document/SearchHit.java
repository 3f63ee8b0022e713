package pe.ceropapel.api.document;

import java.time.Instant;
import java.util.List;

/** A matching document with highlighted fragments of the text that matched. */
public record SearchHit(String documentId,
                        DocumentType type,
                        String subject,
                        String officeCode,
                        DocumentState state,
                        String number,
                        Instant registeredAt,
                        List<String> highlights) {
    public SearchHit {
        highlights = List.copyOf(highlights);
    }
}

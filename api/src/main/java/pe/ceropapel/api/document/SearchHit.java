package pe.ceropapel.api.document;

import java.util.List;

/** A matching document with highlighted fragments of the text that matched. */
public record SearchHit(String documentId,
                        DocumentType type,
                        String subject,
                        String officeCode,
                        List<String> highlights) {

    public SearchHit {
        highlights = List.copyOf(highlights);
    }
}

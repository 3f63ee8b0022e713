package pe.ceropapel.api.document;

import java.time.Instant;
import java.util.List;

/**
 * What the read side knows about one document.
 *
 * @param number        the official number once assigned, else null
 * @param version       the current content version (1 when registered, one more per replacement or signature)
 * @param content       the current content version's PDF
 * @param textExtracted false when the PDF's text could not be extracted (the document is still indexed)
 * @param confidential  only the people and offices in its flow may read it
 * @param signers       the signature plan in signing order, with the signatures made so far
 * @param attachments   the annexes' file names
 */
public record DocumentView(String documentId,
                           DocumentType type,
                           String subject,
                           String officeCode,
                           String author,
                           DocumentState state,
                           String number,
                           int version,
                           ContentRef content,
                           Instant registeredAt,
                           boolean textExtracted,
                           boolean confidential,
                           List<SignerStatus> signers,
                           List<String> attachments) {

    public DocumentView {
        signers = List.copyOf(signers);
        attachments = List.copyOf(attachments);
    }
}

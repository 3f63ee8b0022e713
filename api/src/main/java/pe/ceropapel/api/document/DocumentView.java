package pe.ceropapel.api.document;

import java.time.Instant;
import java.util.List;
import pe.ceropapel.api.derivation.DerivationStatus;

/**
 * What the read side knows about one document.
 *
 * @param number        the official number once assigned, else null
 * @param version       the current content version (1 when registered, one more per replacement or signature)
 * @param content       the current content version's PDF
 * @param textExtracted false when the PDF's text could not be extracted (the document is still indexed)
 * @param confidential  only the people and offices in its flow may read it
 * @param caseFileId    the case file it is filed in, and that case file's tracking code
 * @param signers       the signature plan in signing order, with the signatures made so far
 * @param attachments   the annexes' file names
 * @param derivations   where it was derived and how each recipient stands
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
                           String caseFileId,
                           String trackingCode,
                           List<SignerStatus> signers,
                           List<String> attachments,
                           List<DerivationStatus> derivations) {

    public DocumentView {
        signers = List.copyOf(signers);
        attachments = List.copyOf(attachments);
        derivations = List.copyOf(derivations);
    }
}

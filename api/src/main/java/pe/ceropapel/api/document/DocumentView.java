package pe.ceropapel.api.document;

import java.time.Instant;
import java.util.List;
import pe.ceropapel.api.casefile.Applicant;
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
 * @param recipients    whom the author addressed it to (office codes or usernames): derived to them on issue
 * @param applicant     who filed it from outside the entity (mesa de partes, another entity), else null
 * @param observation   why it went back to its author, while the author has not sent it again; else null
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
                           List<DerivationStatus> derivations,
                           List<String> recipients,
                           Applicant applicant,
                           DocumentObservation observation) {

    public DocumentView {
        signers = List.copyOf(signers);
        attachments = List.copyOf(attachments);
        derivations = List.copyOf(derivations);
        recipients = List.copyOf(recipients);
    }

    /** Whether it came from outside the entity: received, not issued by one of its offices. */
    public boolean fromOutside() {
        return applicant != null;
    }
}

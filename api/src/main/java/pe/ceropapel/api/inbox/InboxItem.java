package pe.ceropapel.api.inbox;

import java.time.Instant;
import java.time.LocalDate;
import pe.ceropapel.api.derivation.DerivationAction;
import pe.ceropapel.api.document.DocumentType;

/**
 * One item of a tray: a derivation, or a document waiting for a signature.
 *
 * @param derivationId null for a document (to sign, a draft, a request) and for an observation
 * @param from         who sent it (or the author of a document to sign), and from which office; for a request
 *                     from outside, the applicant and their DNI or RUC
 * @param recipient    the office or person it went to (or the signer)
 * @param state        the derivation's state, or the document's for one to sign
 * @param at           when it last changed
 * @param note         why it came back (a return's or an observation's reason), else null
 */
public record InboxItem(String documentId, String derivationId, DocumentType type, String subject, String number,
                        String from, String fromOffice, String recipient, DerivationAction action, LocalDate dueDate,
                        boolean overdue, String state, Instant at, String note) {
}

package pe.ceropapel.command.casefile;

/** Whether a person or their office is in the flow of one document of a case file (asked of the document). */
@FunctionalInterface
public interface CaseFileParticipation {

    /**
     * @param officeCode the office the person works in now
     * @return whether the person or the office is the document's author or office, a planned signer,
     *         a sender or recipient of one of its derivations
     */
    boolean involves(String documentId, String username, String officeCode);
}

package pe.ceropapel.query.inbox;

/** One recipient's derivation as the {@code derivations} index holds it: an item of the inboxes. */
final class DerivationEntry {

    public String derivationId;
    public String documentId;
    public String parentDerivationId;
    public String documentType;
    public String subject;
    public String number;
    /** Who sent it, and from which office. */
    public String by;
    public String byOffice;
    public String kind;
    public String recipient;
    public String action;
    public String dueDate;
    public boolean copy;
    public String comment;
    public String state;
    public boolean overdue;
    public String derivedAt;
    public String updatedAt;
    /** Who received, attended, returned or archived it last. */
    public String actor;
    /** Why it came back: the recipient's reason to return it, or the signer's observation. */
    public String reason;
    /**
     * Not a derivation but a document that a signer observed: "sent" by its author to the signer,
     * "returned" with the observation, "attended" once the author sends it again.
     */
    public boolean observation;
}

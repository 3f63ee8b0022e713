package pe.ceropapel.api.derivation;

/** Where one recipient's derivation stands. */
public enum DerivationState {
    PENDING,
    RECEIVED,
    ATTENDED,
    DERIVED,
    RETURNED,
    ARCHIVED;

    /** Whether the recipient still owes an answer: the state a due date applies to. */
    public boolean isOpen() {
        return this == PENDING || this == RECEIVED;
    }
}

package pe.ceropapel.api.interop;

/** The state of a document sent to another entity, with the PIDE model's one-letter codes. */
public enum ExchangeState {
    /** Received by the other entity's mesa de partes, waiting for a clerk. */
    PENDING("P"),
    /** Accepted and registered: the cargo (signed receipt) says where. */
    RECEIVED("R"),
    /** Observed: not accepted, for the reason given. */
    OBSERVED("O");

    private final String code;

    ExchangeState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** @throws IllegalArgumentException for a code that is not P, R or O */
    public static ExchangeState ofCode(String code) {
        for (ExchangeState state : values()) {
            if (state.code.equals(code)) {
                return state;
            }
        }
        throw new IllegalArgumentException("unknown exchange state " + code);
    }
}

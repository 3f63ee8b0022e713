package pe.ceropapel.api.interop;

/** Whether we sent the document or received it. */
public enum ExchangeDirection {
    OUTGOING,
    INCOMING
}

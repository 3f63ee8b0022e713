package pe.ceropapel.api.interop;

/** A delivery arrived; {@code answer} is the state the receiver answered a tramite with, null for a cargo. */
public record ExchangeDeliveredEvent(String exchangeId, int attempt, Delivery.Kind kind, ExchangeState answer) {
}

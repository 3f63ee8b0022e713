package pe.ceropapel.api.interop;

/** The outbox is to make attempt {@code attempt} to deliver {@code delivery}. */
public record ExchangeDeliveryDueEvent(String exchangeId, int attempt, Delivery delivery) {
}

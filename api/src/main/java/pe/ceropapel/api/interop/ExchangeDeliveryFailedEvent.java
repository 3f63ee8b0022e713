package pe.ceropapel.api.interop;

import java.time.Instant;

/** An attempt failed; the next one is due at {@code retryAt}, or none when it is null. */
public record ExchangeDeliveryFailedEvent(String exchangeId, int attempt, Delivery.Kind kind, String reason,
                                          Instant retryAt) {
}

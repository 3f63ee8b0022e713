package pe.ceropapel.api.interop;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An attempt failed: retried at {@code retryAt}, or never again when it is null (the other entity
 * refused the message, or it is no longer a partner).
 */
public record RecordDeliveryFailureCommand(@TargetAggregateIdentifier String exchangeId, int attempt, String reason,
                                           Instant retryAt) {
}

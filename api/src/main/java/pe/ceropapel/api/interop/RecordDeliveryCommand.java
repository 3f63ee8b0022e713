package pe.ceropapel.api.interop;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The other entity took delivery; for a tramite, {@code answer} is the state it answered (P at first). */
public record RecordDeliveryCommand(@TargetAggregateIdentifier String exchangeId, int attempt, ExchangeState answer) {
}

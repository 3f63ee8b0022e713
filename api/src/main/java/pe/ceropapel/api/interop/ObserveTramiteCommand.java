package pe.ceropapel.api.interop;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A clerk of the mesa de partes does not accept a received tramite, for a reason the sender will read (state O). */
public record ObserveTramiteCommand(@TargetAggregateIdentifier String exchangeId, String clerk, String reason) {
}

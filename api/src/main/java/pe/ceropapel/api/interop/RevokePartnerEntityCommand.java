package pe.ceropapel.api.interop;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stops exchanging with an entity: its requests are refused and nothing more is sent to it. */
public record RevokePartnerEntityCommand(@TargetAggregateIdentifier String ruc, String reason, String actor) {
}

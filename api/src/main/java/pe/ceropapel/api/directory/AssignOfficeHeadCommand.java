package pe.ceropapel.api.directory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Makes a person of the office, with the HEAD role, its head. */
public record AssignOfficeHeadCommand(@TargetAggregateIdentifier String code, String username) {
}

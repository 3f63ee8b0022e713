package pe.ceropapel.api.directory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates an office (unidad orgánica); its code, such as {@code INACAL/DM}, is used in document numbers. */
public record CreateOfficeCommand(@TargetAggregateIdentifier String code, String name, String parentCode) {
}

package pe.ceropapel.api.directory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Changes an office's name; its code never changes. */
public record RenameOfficeCommand(@TargetAggregateIdentifier String code, String name) {
}

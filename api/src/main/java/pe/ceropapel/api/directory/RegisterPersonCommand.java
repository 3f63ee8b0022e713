package pe.ceropapel.api.directory;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a public servant in an office with their roles. */
public record RegisterPersonCommand(@TargetAggregateIdentifier String username, String fullName, String dni,
                                    String officeCode, Set<PersonRole> roles) {
}

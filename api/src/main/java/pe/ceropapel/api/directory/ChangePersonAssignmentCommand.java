package pe.ceropapel.api.directory;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves a person to another office and/or changes their roles. */
public record ChangePersonAssignmentCommand(@TargetAggregateIdentifier String username, String officeCode,
                                            Set<PersonRole> roles) {
}

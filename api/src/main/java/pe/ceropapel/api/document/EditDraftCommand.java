package pe.ceropapel.api.document;

import pe.ceropapel.api.access.ActorCommand;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Changes a draft's subject and recipients (office codes or usernames). */
public record EditDraftCommand(@TargetAggregateIdentifier String documentId, String actor, String subject,
                               List<String> recipients) implements ActorCommand {
}

package pe.ceropapel.frontend.idempotency;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.idempotency.IdempotentCommands;

/**
 * Names the request key on each command that a repeatable request sends; commands that command
 * handlers send belong to their sender's work and get none.
 */
@Component
class RequestKeyDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            if (CurrentUnitOfWork.isStarted()) {
                return command;
            }
            return IdempotentRequest.current().<CommandMessage<?>>map(request ->
                            command.andMetaData(Map.of(IdempotentCommands.REQUEST_KEY, request.nextCommandKey(),
                                    IdempotentCommands.REQUEST_FINGERPRINT, request.fingerprint())))
                    .orElse(command);
        };
    }
}

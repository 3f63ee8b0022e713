package pe.ceropapel.command.access;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.core.annotation.Order;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.access.InactivePersonException;
import pe.ceropapel.command.directory.Directory;

/**
 * Every command a person sends is refused, before anything else, once the directory no longer lists
 * them as active: a sign-in, a page session or a token made before their deactivation does not keep
 * them acting. Asked of the directory tables that every instance shares, on each command, so it holds
 * whichever instance the person's session lives in. Commands that no person sent (the audit metadata
 * names {@code system}, a citizen's anonymous request, another entity) and commands sent by command
 * handlers, which belong to their sender's work, are not looked at.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ActivePersonInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** The audit metadata's sender: the signed-in person whose request sent the command. */
    private static final String SENDER = "user";

    private final Directory directory;

    ActivePersonInterceptor(Directory directory) {
        this.directory = directory;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (unitOfWork.parent().isEmpty()
                && unitOfWork.getMessage().getMetaData().get(SENDER) instanceof String sender
                && directory.person(sender).filter(person -> !person.active()).isPresent()) {
            throw new InactivePersonException(sender);
        }
        return chain.proceed();
    }
}

package pe.ceropapel.command.idempotency;

import java.util.Optional;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.idempotency.IdempotentCommands;
import pe.ceropapel.api.idempotency.RememberedResult;

import static pe.ceropapel.command.Rules.require;

/**
 * Does a command sent with a request key once: inside the command's own transaction it records the
 * key with the result, so after a crash either both the events and the key are stored or neither
 * is. A repeat of the same command answers the remembered result and changes nothing; the key used
 * for another command, another target or another request (method, path or body) is refused, also
 * when the requests come together: they wait for each other on the key. Commands sent by command handlers are part of
 * their sender's work and are not looked at.
 */
@Component
class IdempotentCommandInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(IdempotentCommandInterceptor.class);
    /** The audit metadata's sender: keys are per person. */
    private static final String SENDER = "user";
    private static final CommandTargetResolver TARGETS = AnnotationCommandTargetResolver.builder().build();

    private final RememberedResults results;

    IdempotentCommandInterceptor(RememberedResults results) {
        this.results = results;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        if (!(command.getMetaData().get(IdempotentCommands.REQUEST_KEY) instanceof String key)
                || unitOfWork.parent().isPresent()) {
            return chain.proceed();
        }
        String user = String.valueOf(command.getMetaData().get(SENDER));
        String purpose = purposeOf(command);
        String fingerprint = (String) command.getMetaData().get(IdempotentCommands.REQUEST_FINGERPRINT);
        Optional<RememberedResults.Remembered> earlier = results.find(user, key);
        if (earlier.isPresent()) {
            require(earlier.get().purpose().equals(purpose) && sameRequest(earlier.get().fingerprint(), fingerprint),
                    "the request key %s was already used for another request", key);
            log.info("{} repeated request {} ({}): answered what was done before", user, key, purpose);
            return earlier.get().result();
        }
        Object result = chain.proceed();
        results.remember(user, key, purpose, fingerprint,
                result instanceof RememberedResult once ? once.toRemember() : result);
        return result;
    }

    /** Keys remembered before requests had fingerprints are judged by their purpose alone. */
    private static boolean sameRequest(String remembered, String fingerprint) {
        return remembered == null || remembered.equals(fingerprint);
    }

    /** The command's name and the aggregate it addresses, when it names one. */
    private static String purposeOf(CommandMessage<?> command) {
        try {
            return command.getCommandName() + " " + TARGETS.resolveTarget(command).getIdentifier();
        } catch (IllegalArgumentException noTarget) {
            return command.getCommandName();
        }
    }
}

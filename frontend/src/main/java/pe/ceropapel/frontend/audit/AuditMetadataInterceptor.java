package pe.ceropapel.frontend.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records on every command who sent it and from which address; Axon copies these keys into the
 * metadata of the events the command produces, so the event store answers who, from where and when.
 */
@Component
public class AuditMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    public static final String USER = "user";
    public static final String ADDRESS = "address";
    /** The user recorded for commands that no person sent (sample data, scheduled work). */
    public static final String SYSTEM = "system";

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.andMetaData(current());
    }

    private static Map<String, String> current() {
        Map<String, String> metadata = new HashMap<>();
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        metadata.put(USER, authentication != null ? authentication.getName() : SYSTEM);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            metadata.put(ADDRESS, request.getRequest().getRemoteAddr());
        }
        return metadata;
    }
}

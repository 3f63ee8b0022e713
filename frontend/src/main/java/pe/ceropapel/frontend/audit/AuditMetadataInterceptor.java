package pe.ceropapel.frontend.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import pe.ceropapel.api.directory.FindPersonQuery;
import pe.ceropapel.api.directory.PersonView;
import pe.ceropapel.api.interop.ExternalActors;

/**
 * Records on every command who sent it, from which office and from which address; Axon copies
 * these keys into the metadata of the events the command produces, so the event store answers who,
 * from where and when.
 */
@Component
public class AuditMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    public static final String USER = "user";
    public static final String OFFICE = "office";
    public static final String ADDRESS = "address";
    /** The user recorded for commands that no person sent (sample data, scheduled work). */
    public static final String SYSTEM = "system";
    private static final String INTAKE_PAGE = "/mesa-de-partes";
    private static final String INTAKE_API = "/api/public/intake";

    private final QueryGateway queries;

    AuditMetadataInterceptor(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        Map<String, String> metadata = current();
        return (index, command) -> command.andMetaData(metadata);
    }

    private Map<String, String> current() {
        if (CurrentUnitOfWork.isStarted()) {
            // a command sent by a command handler acts for whoever sent that handler's command
            MetaData outer = CurrentUnitOfWork.get().getMessage().getMetaData();
            if (outer.containsKey(USER)) {
                Map<String, String> inherited = new HashMap<>();
                for (String key : List.of(USER, OFFICE, ADDRESS)) {
                    if (outer.get(key) instanceof String value) {
                        inherited.put(key, value);
                    }
                }
                return inherited;
            }
        }
        Map<String, String> metadata = new HashMap<>();
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String user = authentication != null ? authentication.getName() : SYSTEM;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            metadata.put(ADDRESS, request.getRequest().getRemoteAddr());
            if (authentication instanceof AnonymousAuthenticationToken && isIntake(request.getRequest().getRequestURI())) {
                // nobody signs in at the mesa de partes virtual: its requests are filed as its own
                user = ExternalActors.INTAKE;
            }
        }
        metadata.put(USER, user);
        officeOf(user).ifPresent(office -> metadata.put(OFFICE, office));
        return metadata;
    }

    private static boolean isIntake(String path) {
        return path.startsWith(INTAKE_PAGE) || path.startsWith(INTAKE_API);
    }

    private Optional<String> officeOf(String user) {
        if (SYSTEM.equals(user) || ExternalActors.INTAKE.equals(user)) {
            return Optional.empty();
        }
        return queries.query(new FindPersonQuery(user), ResponseTypes.optionalInstanceOf(PersonView.class))
                .join()
                .map(PersonView::officeCode);
    }
}

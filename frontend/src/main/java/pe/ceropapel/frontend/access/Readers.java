package pe.ceropapel.frontend.access;

import java.security.Principal;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.access.Reader;
import pe.ceropapel.api.directory.FindPersonQuery;
import pe.ceropapel.api.directory.PersonView;

/** The signed-in person as a {@link Reader}: their username and the office they work in now. */
@Component
public class Readers {

    private final QueryGateway queries;

    Readers(QueryGateway queries) {
        this.queries = queries;
    }

    public Reader of(Principal principal) {
        String office = queries.query(new FindPersonQuery(principal.getName()),
                        ResponseTypes.optionalInstanceOf(PersonView.class))
                .join()
                .filter(PersonView::active)
                .map(PersonView::officeCode)
                .orElse(null);
        return new Reader(principal.getName(), office);
    }
}

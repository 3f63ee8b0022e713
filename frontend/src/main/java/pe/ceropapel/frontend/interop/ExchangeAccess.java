package pe.ceropapel.frontend.interop;

import java.security.Principal;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import pe.ceropapel.command.intake.IntakeSettings;
import pe.ceropapel.api.document.DocumentView;
import pe.ceropapel.api.document.FindDocumentQuery;
import pe.ceropapel.api.interop.ExchangeDirection;
import pe.ceropapel.api.interop.ExchangeView;
import pe.ceropapel.api.interop.FindExchangeQuery;
import pe.ceropapel.frontend.access.Readers;
import pe.ceropapel.frontend.problem.NotFoundException;

/**
 * Who follows exchanges with other entities (the people of the mesa de partes, and administrators;
 * those who may read a document, for what was sent of it), and finding one by its CUO.
 */
@Component
public class ExchangeAccess {

    private final QueryGateway queries;
    private final Readers readers;
    private final String intakeOffice;

    ExchangeAccess(QueryGateway queries, Readers readers, IntakeSettings intake) {
        this.queries = queries;
        this.readers = readers;
        this.intakeOffice = intake.office();
    }

    /** @throws AccessDeniedException unless the person works in the mesa de partes or administers */
    public void requireMesaDePartes(Authentication authentication) {
        boolean admin = authentication.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
        if (!admin && !intakeOffice.equals(readers.of(authentication).officeCode())) {
            throw new AccessDeniedException("only the mesa de partes follows exchanges with other entities");
        }
    }

    /**
     * @param entity for an incoming exchange, the sender's RUC
     * @throws NotFoundException when there is none
     */
    public ExchangeView find(ExchangeDirection direction, String cuo, String entity) {
        return queries.query(new FindExchangeQuery(direction, cuo, entity),
                        ResponseTypes.optionalInstanceOf(ExchangeView.class)).join()
                .orElseThrow(() -> new NotFoundException("exchange", cuo));
    }

    /** @throws NotFoundException unless the person may read the document */
    public void requireReadable(String documentId, Principal principal) {
        queries.query(new FindDocumentQuery(documentId, readers.of(principal)),
                        ResponseTypes.optionalInstanceOf(DocumentView.class)).join()
                .orElseThrow(() -> new NotFoundException("document", documentId));
    }
}

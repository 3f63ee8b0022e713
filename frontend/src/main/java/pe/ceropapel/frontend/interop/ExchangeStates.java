package pe.ceropapel.frontend.interop;

import java.time.Duration;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.interop.ExchangeAnswer;
import pe.ceropapel.api.interop.ExchangeDirection;
import pe.ceropapel.api.interop.ExchangeView;
import pe.ceropapel.api.interop.FindExchangeQuery;
import pe.ceropapel.api.interop.PartnerEntity;
import pe.ceropapel.api.timeline.AwaitReadModelsQuery;
import pe.ceropapel.frontend.problem.NotFoundException;

/** Answers a partner what became of a tramite it sent us. */
@Component
class ExchangeStates {

    private static final Duration CATCH_UP = Duration.ofSeconds(5);

    private final QueryGateway queries;

    ExchangeStates(QueryGateway queries) {
        this.queries = queries;
    }

    /** The state of what {@code sender} sent under this CUO; asked at once after sending, it waits for the read models. */
    ExchangeAnswer stateOf(PartnerEntity sender, String cuo) {
        FindExchangeQuery query = new FindExchangeQuery(ExchangeDirection.INCOMING, cuo, sender.ruc());
        Optional<ExchangeView> found = find(query);
        if (found.isEmpty() && queries.query(new AwaitReadModelsQuery(CATCH_UP), Boolean.class).join()) {
            found = find(query);
        }
        ExchangeView exchange = found.orElseThrow(() -> new NotFoundException("exchange", cuo));
        return new ExchangeAnswer(cuo, exchange.state(),
                exchange.cargo() == null ? null : exchange.cargo().registrationNumber(),
                exchange.cargo() == null ? null : exchange.cargo().observations());
    }

    private Optional<ExchangeView> find(FindExchangeQuery query) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(ExchangeView.class)).join();
    }
}

package pe.ceropapel.query.readmodel;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.readmodel.ReadModelUnavailableException;

/**
 * Names the failure of a query whose read model could not be reached: the Elasticsearch client
 * fails with an {@link IOException} (refused or broken connection, time-out), which the handlers
 * pass on; the web layer answers it as a temporary outage of search, not of the whole system.
 */
@Component
class ReadModelOutages implements MessageHandlerInterceptor<QueryMessage<?, ?>> {

    @Override
    public Object handle(UnitOfWork<? extends QueryMessage<?, ?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (IOException | UncheckedIOException unreachable) {
            throw new ReadModelUnavailableException(unreachable);
        }
    }
}

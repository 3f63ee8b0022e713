package pe.ceropapel.frontend.idempotency;

import org.springframework.stereotype.Component;
import pe.ceropapel.command.intake.Identifiers;

/** The intake's identifiers: the same ones each time a client repeats a request with its idempotency key. */
@Component
class IdempotentIdentifiers implements Identifiers {

    @Override
    public String newId() {
        return IdempotentRequest.newId();
    }
}

package pe.ceropapel.command.directory;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static pe.ceropapel.command.Rules.require;
import static pe.ceropapel.command.Rules.requireState;

import java.net.URI;
import java.security.cert.CertificateException;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import pe.ceropapel.api.interop.PartnerEntityRegisteredEvent;
import pe.ceropapel.api.interop.PartnerEntityRevokedEvent;
import pe.ceropapel.api.interop.RegisterPartnerEntityCommand;
import pe.ceropapel.api.interop.RevokePartnerEntityCommand;
import pe.ceropapel.signature.request.SignedRequests;

/**
 * Another entity we exchange documents with, named by its RUC: where it is reached, how, and the
 * seal certificate its requests are signed with. Registering it again updates it (and reactivates it).
 */
@Aggregate
public class Partner {

    public static final Pattern RUC = Pattern.compile("\\d{11}");
    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_URL_LENGTH = 500;

    @AggregateIdentifier
    private String ruc;
    private boolean active;

    protected Partner() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterPartnerEntityCommand command) {
        require(command.ruc() != null && RUC.matcher(command.ruc()).matches(), "a RUC has 11 digits");
        require(command.name() != null && !command.name().isBlank() && command.name().length() <= MAX_NAME_LENGTH,
                "an entity needs a name of at most %s characters", MAX_NAME_LENGTH);
        require(isHttpUrl(command.endpointUrl()), "the endpoint must be an http or https URL");
        require(command.transport() != null, "the transport is needed");
        require(isCertificate(command.sealCertificatePem()), "the seal certificate must be an X.509 certificate in PEM");
        apply(new PartnerEntityRegisteredEvent(command.ruc(), command.name().strip(), command.endpointUrl().strip(),
                command.transport(), command.sealCertificatePem().strip(), command.actor()));
    }

    @CommandHandler
    void handle(RevokePartnerEntityCommand command) {
        requireState(active, "the entity is already revoked");
        require(command.reason() != null && !command.reason().isBlank(), "a reason is needed");
        apply(new PartnerEntityRevokedEvent(ruc, command.reason().strip(), command.actor()));
    }

    private static boolean isHttpUrl(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_URL_LENGTH) {
            return false;
        }
        try {
            URI uri = URI.create(url.strip());
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isCertificate(String pem) {
        if (pem == null || pem.isBlank()) {
            return false;
        }
        try {
            SignedRequests.certificate(pem);
            return true;
        } catch (CertificateException e) {
            return false;
        }
    }

    @EventSourcingHandler
    void on(PartnerEntityRegisteredEvent event) {
        ruc = event.ruc();
        active = true;
    }

    @EventSourcingHandler
    void on(PartnerEntityRevokedEvent event) {
        active = false;
    }
}

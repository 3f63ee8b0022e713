package pe.ceropapel.frontend.interop;

import jakarta.servlet.http.HttpServletRequest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.interop.FindPartnerEntitiesQuery;
import pe.ceropapel.api.interop.PartnerEntity;
import pe.ceropapel.signature.request.SignedRequests;

/**
 * Authenticates a request of another entity by its seal signature ({@link SignedRequests}): the RUC
 * must be a registered, active partner, the date recent, the registered certificate valid, and the
 * signature must cover this method, path and body.
 */
@Component
class EntityAuthentication {

    private final QueryGateway queries;
    private final Clock clock;

    EntityAuthentication(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    PartnerEntity authenticate(HttpServletRequest request, byte[] body) {
        String ruc = request.getHeader(SignedRequests.ENTITY);
        String date = request.getHeader(SignedRequests.DATE);
        String signature = request.getHeader(SignedRequests.SIGNATURE);
        if (ruc == null || date == null || signature == null) {
            throw refused("the request is not signed with an entity's seal");
        }
        PartnerEntity partner = queries.query(new FindPartnerEntitiesQuery(ruc),
                        ResponseTypes.multipleInstancesOf(PartnerEntity.class)).join().stream().findFirst()
                .orElseThrow(() -> refused("unknown entity " + ruc));
        if (!SignedRequests.isFresh(date, clock.instant())) {
            throw refused("the request's date is missing or too far from now");
        }
        X509Certificate certificate = certificate(partner);
        String canonical = SignedRequests.canonical(request.getMethod(), request.getRequestURI(), ruc, date, body);
        if (!SignedRequests.verify(certificate, canonical, signature)) {
            throw refused("the signature does not verify with the seal certificate registered for " + ruc);
        }
        if (!partner.active()) {
            throw new EntityRefusedException(EntityRefusedException.Reason.REVOKED, ruc + " is no longer a partner");
        }
        return partner;
    }

    private X509Certificate certificate(PartnerEntity partner) {
        try {
            X509Certificate certificate = SignedRequests.certificate(partner.sealCertificatePem());
            certificate.checkValidity(java.util.Date.from(clock.instant()));
            return certificate;
        } catch (CertificateException e) {
            throw refused("the seal certificate registered for " + partner.ruc() + " is not valid now");
        }
    }

    private static EntityRefusedException refused(String message) {
        return new EntityRefusedException(EntityRefusedException.Reason.NOT_AUTHENTICATED, message);
    }
}

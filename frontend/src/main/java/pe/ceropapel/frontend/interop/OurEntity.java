package pe.ceropapel.frontend.interop;

import java.security.cert.X509Certificate;
import org.springframework.stereotype.Component;
import pe.ceropapel.signature.pades.EntityIdentity;
import pe.ceropapel.signature.pades.SealKey;
import pe.ceropapel.signature.pades.SigningKey;
import pe.ceropapel.signature.request.SignedRequests;

/** Who we are to other entities: our RUC, our name and the seal certificate our requests are signed with. */
@Component
class OurEntity {

    private final EntityIdentity identity;
    private final SealKey seal;

    OurEntity(EntityIdentity identity, SealKey seal) {
        this.identity = identity;
        this.seal = seal;
    }

    String ruc() {
        return identity.ruc();
    }

    String name() {
        return identity.name();
    }

    String sealCertificatePem() {
        try (SigningKey key = seal.open()) {
            X509Certificate certificate = key.chain().get(0);
            return SignedRequests.pem(certificate);
        }
    }
}

package pe.ceropapel.frontend.interop;

import java.security.cert.X509Certificate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import pe.ceropapel.signature.pades.SealKey;
import pe.ceropapel.signature.pades.SigningKey;
import pe.ceropapel.signature.request.SignedRequests;

/** Who we are to other entities: our RUC, our name and the seal certificate our requests are signed with. */
@Component
class OurEntity {

    private final String ruc;
    private final String name;
    private final SealKey seal;

    OurEntity(@Value("${ceropapel.signature.entity-ruc:20600283015}") String ruc,
              @Value("${ceropapel.signature.entity-name:Instituto Nacional de Calidad - INACAL}") String name,
              SealKey seal) {
        this.ruc = ruc;
        this.name = name;
        this.seal = seal;
    }

    String ruc() {
        return ruc;
    }

    String name() {
        return name;
    }

    String sealCertificatePem() {
        try (SigningKey key = seal.open()) {
            X509Certificate certificate = key.chain().get(0);
            return SignedRequests.pem(certificate);
        }
    }
}

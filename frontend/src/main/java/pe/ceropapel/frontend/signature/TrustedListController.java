package pe.ceropapel.frontend.signature;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import pe.ceropapel.frontend.problem.NotFoundException;
import pe.ceropapel.signature.pades.TrustedList;
import pe.ceropapel.signature.pades.TrustedListStatus;

/** For administrators: the trusted list in force (Peru's TSL), its signature, dates and services by provider. */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class TrustedListController {

    private final ObjectProvider<TrustedList> list;

    TrustedListController(ObjectProvider<TrustedList> list) {
        this.list = list;
    }

    @GetMapping("/api/admin/trusted-list")
    TrustedListStatus status() {
        TrustedList configured = list.getIfAvailable();
        if (configured == null) {
            throw new NotFoundException("trusted list", "none configured");
        }
        return configured.status();
    }
}

package pe.ceropapel.frontend.signature;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import pe.ceropapel.signature.pki.DevelopmentPki;

/**
 * Publishes the development PKI the way a certification authority does: CRLs and CA certificates
 * at the URLs written in every certificate, an OCSP responder and an RFC 3161 time-stamping
 * authority. Answers 404 when the application signs with production keys (no development PKI).
 */
@RestController
@RequestMapping(PkiController.PATH)
class PkiController {

    static final String PATH = "/pki";
    private static final MediaType CRL = MediaType.parseMediaType("application/pkix-crl");
    private static final MediaType CERTIFICATE = MediaType.parseMediaType("application/pkix-cert");
    private static final MediaType OCSP_RESPONSE = MediaType.parseMediaType("application/ocsp-response");
    private static final MediaType TIMESTAMP_REPLY = MediaType.parseMediaType("application/timestamp-reply");

    private final ObjectProvider<DevelopmentPki> pki;
    private final TimeStampClients timeStampClients;

    PkiController(ObjectProvider<DevelopmentPki> pki, TimeStampClients timeStampClients) {
        this.pki = pki;
        this.timeStampClients = timeStampClients;
    }

    @GetMapping("/{name}.crl")
    ResponseEntity<byte[]> crl(@PathVariable String name) {
        return answer(pki().flatMap(p -> p.crl(name)), CRL);
    }

    @GetMapping("/{name}.crt")
    ResponseEntity<byte[]> certificate(@PathVariable String name) {
        return answer(pki().flatMap(p -> p.caCertificate(name)), CERTIFICATE);
    }

    @PostMapping(value = "/ocsp", consumes = "application/ocsp-request")
    ResponseEntity<byte[]> ocsp(@RequestBody byte[] request) {
        return answer(pki().map(p -> p.ocspResponder().respond(request)), OCSP_RESPONSE);
    }

    /** Only for {@link TimeStampClients}: 403 for anyone else, 400 for what is not a time-stamp request. */
    @PostMapping(value = "/tsa", consumes = "application/timestamp-query")
    ResponseEntity<byte[]> timeStamp(@RequestBody byte[] request, HttpServletRequest http) {
        Optional<DevelopmentPki> development = pki();
        if (development.isPresent() && !timeStampClients.admit(http.getRemoteAddr())) {
            throw new AccessDeniedException("the development TSA stamps only for the application and configured clients");
        }
        try {
            return answer(development.map(p -> p.timeStampAuthority().respond(request)), TIMESTAMP_REPLY);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a time-stamp request", e);
        }
    }

    private Optional<DevelopmentPki> pki() {
        return Optional.ofNullable(pki.getIfAvailable());
    }

    private static ResponseEntity<byte[]> answer(Optional<byte[]> body, MediaType type) {
        return body.map(bytes -> ResponseEntity.ok().contentType(type).body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}

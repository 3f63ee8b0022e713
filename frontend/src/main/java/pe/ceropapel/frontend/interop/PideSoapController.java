package pe.ceropapel.frontend.interop;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import pe.ceropapel.command.reception.CargoReception;
import pe.ceropapel.command.reception.InvalidMessageException;
import pe.ceropapel.command.reception.TramiteReception;
import pe.ceropapel.command.reception.InvalidSignatureException;
import pe.ceropapel.api.interop.ExchangeAnswer;
import pe.ceropapel.api.interop.PartnerEntity;
import pe.ceropapel.api.interop.PideSoap;
import pe.ceropapel.api.rules.IllegalTransitionException;
import pe.ceropapel.api.rules.InvalidValueException;
import pe.ceropapel.api.rules.RuleViolation;
import pe.ceropapel.frontend.problem.NotFoundException;
import pe.ceropapel.signature.pdf.PdfRejectedException;

/**
 * The PIDE model's SOAP service for PIDE-conformant peers (WSDL at {@code ?wsdl}): recepcionarTramite,
 * cargoTramite and consultarTramite, signed like the JSON API. A refusal is answered PIDE's way,
 * with result code {@value PideSoap#REFUSED} and its reason in Spanish; a request that cannot be read
 * or is not authenticated gets a SOAP fault.
 */
@RestController
class PideSoapController {

    static final String PATH = InteropController.BASE + "/pide";
    private static final MediaType XML = new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8);
    private static final Locale SPANISH = Locale.forLanguageTag("es-PE");

    private final EntityAuthentication authentication;
    private final TramiteReception tramites;
    private final CargoReception cargos;
    private final ExchangeStates states;
    private final MessageSource messages;

    PideSoapController(EntityAuthentication authentication, TramiteReception tramites, CargoReception cargos,
                       ExchangeStates states, MessageSource messages) {
        this.authentication = authentication;
        this.tramites = tramites;
        this.cargos = cargos;
        this.states = states;
        this.messages = messages;
    }

    @GetMapping(path = PATH, params = "wsdl")
    ResponseEntity<Resource> wsdl() {
        return ResponseEntity.ok().contentType(XML).body(new ClassPathResource("interop/pide-tramite.wsdl"));
    }

    @PostMapping(path = PATH)
    ResponseEntity<String> operation(HttpServletRequest request) throws IOException, PdfRejectedException {
        byte[] body = request.getInputStream().readAllBytes();
        PartnerEntity partner = authentication.authenticate(request, body);
        PideSoap.Request soap = read(body);
        ExchangeAnswer answer = switch (soap.operation()) {
            case PideSoap.RECEIVE -> tramites.receive(partner, PideSoap.tramite(soap));
            case PideSoap.CARGO -> cargos.receive(partner, PideSoap.cargo(soap));
            case PideSoap.QUERY -> states.stateOf(partner, soap.required("vcuo"));
            default -> throw new InvalidMessageException("unknown operation " + soap.operation());
        };
        return ResponseEntity.ok().contentType(XML)
                .body(PideSoap.answer(soap.operation(), PideSoap.OK, "Conforme", answer));
    }

    private static PideSoap.Request read(byte[] body) {
        try {
            return PideSoap.read(body);
        } catch (PideSoap.MalformedMessageException e) {
            throw new InvalidMessageException(e.getMessage());
        }
    }

    @ExceptionHandler(EntityRefusedException.class)
    ResponseEntity<String> refusedEntity(EntityRefusedException e) {
        boolean revoked = e.reason() == EntityRefusedException.Reason.REVOKED;
        return fault(revoked ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED,
                spanish(revoked ? "interop.refused.revoked" : "interop.refused.entity"));
    }

    @ExceptionHandler({InvalidMessageException.class, PideSoap.MalformedMessageException.class})
    ResponseEntity<String> malformed(RuntimeException e) {
        return fault(HttpStatus.BAD_REQUEST, spanish("interop.refused.message") + " (" + e.getMessage() + ")");
    }

    @ExceptionHandler(InvalidSignatureException.class)
    ResponseEntity<String> unsigned(InvalidSignatureException e) {
        return refusal(spanish("interop.refused.signature"));
    }

    @ExceptionHandler(PdfRejectedException.class)
    ResponseEntity<String> notAcceptablePdf(PdfRejectedException e) {
        return refusal(spanish("interop.refused.pdf"));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> unknownCuo(NotFoundException e) {
        return refusal(spanish("interop.refused.unknown"));
    }

    @ExceptionHandler({InvalidValueException.class, IllegalTransitionException.class})
    ResponseEntity<String> ruleViolated(RuntimeException e) {
        return refusal(spanish("interop.refused.rule") + " (" + ((RuleViolation) e).rule().message() + ")");
    }

    private ResponseEntity<String> refusal(String reason) {
        return ResponseEntity.ok().contentType(XML).body(PideSoap.answer("respuesta", PideSoap.REFUSED, reason, null));
    }

    private static ResponseEntity<String> fault(HttpStatus status, String reason) {
        return ResponseEntity.status(status).contentType(XML).body(PideSoap.fault(reason));
    }

    private String spanish(String key) {
        return messages.getMessage(key, null, SPANISH);
    }
}

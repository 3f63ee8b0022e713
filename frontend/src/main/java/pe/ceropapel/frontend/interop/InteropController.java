package pe.ceropapel.frontend.interop;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import pe.ceropapel.command.reception.CargoReception;
import pe.ceropapel.command.reception.InvalidMessageException;
import pe.ceropapel.command.reception.TramiteReception;
import pe.ceropapel.api.interop.CargoMessage;
import pe.ceropapel.api.interop.ExchangeAnswer;
import pe.ceropapel.api.interop.PartnerEntity;
import pe.ceropapel.api.interop.TramiteMessage;
import pe.ceropapel.signature.pdf.PdfRejectedException;

/**
 * Our interop API for other entities (JSON; described in {@code /api/interop/openapi.yaml}): every
 * request is signed with the calling entity's seal. A tramite is answered at once with state P; a
 * second delivery of the same CUO gets the same answer; the cargo of a document we sent is recorded
 * on it; the state of a tramite the caller sent can be asked by its CUO.
 */
@RestController
class InteropController {

    static final String BASE = "/api/interop";

    private final EntityAuthentication authentication;
    private final TramiteReception tramites;
    private final CargoReception cargos;
    private final ExchangeStates states;
    private final ObjectMapper json;
    private final OurEntity ourEntity;

    InteropController(EntityAuthentication authentication, TramiteReception tramites, CargoReception cargos,
                      ExchangeStates states, ObjectMapper json, OurEntity ourEntity) {
        this.authentication = authentication;
        this.tramites = tramites;
        this.cargos = cargos;
        this.states = states;
        this.json = json;
        this.ourEntity = ourEntity;
    }

    @PostMapping(path = BASE + "/tramites", produces = MediaType.APPLICATION_JSON_VALUE)
    ExchangeAnswer receiveTramite(HttpServletRequest request) throws IOException, PdfRejectedException {
        byte[] body = request.getInputStream().readAllBytes();
        PartnerEntity sender = authentication.authenticate(request, body);
        return tramites.receive(sender, read(body, TramiteMessage.class));
    }

    @PostMapping(path = BASE + "/cargos", produces = MediaType.APPLICATION_JSON_VALUE)
    ExchangeAnswer receiveCargo(HttpServletRequest request) throws IOException, PdfRejectedException {
        byte[] body = request.getInputStream().readAllBytes();
        PartnerEntity receiver = authentication.authenticate(request, body);
        return cargos.receive(receiver, read(body, CargoMessage.class));
    }

    /** The state of a tramite the calling entity sent us. */
    @GetMapping(path = BASE + "/tramites/{cuo}", produces = MediaType.APPLICATION_JSON_VALUE)
    ExchangeAnswer query(@PathVariable String cuo, HttpServletRequest request) {
        PartnerEntity sender = authentication.authenticate(request, new byte[0]);
        return states.stateOf(sender, cuo);
    }

    /** Who we are: what another entity registers to exchange with us. */
    @GetMapping(path = BASE + "/entity", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> entity() {
        return Map.of("ruc", ourEntity.ruc(), "name", ourEntity.name(),
                "sealCertificatePem", ourEntity.sealCertificatePem());
    }

    @GetMapping(path = BASE + "/openapi.yaml", produces = "application/yaml")
    ResponseEntity<Resource> openApi() {
        return ResponseEntity.ok(new ClassPathResource("interop/openapi.yaml"));
    }

    private <T> T read(byte[] body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (JacksonException e) {
            throw new InvalidMessageException("the message is not the JSON of a " + type.getSimpleName()
                    + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidMessageException("the message cannot be read");
        }
    }
}

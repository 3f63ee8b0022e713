package pe.ceropapel.command.interop;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.interop.CargoMessage;
import pe.ceropapel.api.interop.Delivery;
import pe.ceropapel.api.interop.ExchangeAnswer;
import pe.ceropapel.api.interop.PartnerEntity;
import pe.ceropapel.api.interop.PideSoap;
import pe.ceropapel.api.interop.TramiteMessage;
import pe.ceropapel.api.interop.Transport;
import pe.ceropapel.signature.pades.SealKey;
import pe.ceropapel.signature.request.SignedRequests;
import pe.ceropapel.storage.ObjectStorage;

/**
 * Delivers one message to a partner entity, signed with our seal: as JSON to another Cero Papel
 * ({@code POST <endpoint>/api/interop/tramites} or {@code /cargos}), or as the PIDE model's SOAP
 * operation to the partner's SOAP endpoint.
 */
@Component
class PeerTransport {

    static final String TRAMITES = "/api/interop/tramites";
    static final String CARGOS = "/api/interop/cargos";

    private final ObjectStorage storage;
    private final SealKey seal;
    private final InteropSettings settings;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient http;

    PeerTransport(ObjectStorage storage, SealKey seal, InteropSettings settings, ObjectMapper json, Clock clock) {
        this.storage = storage;
        this.seal = seal;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    /**
     * @throws PeerRefusedException     when the partner refused the message: sending it again would not help
     * @throws PeerUnavailableException when it could not be reached or failed: try again later
     */
    ExchangeAnswer deliver(PartnerEntity partner, Delivery delivery) {
        byte[] pdf = delivery.content() == null ? null : read(delivery.content());
        return partner.transport() == Transport.PIDE_SOAP ? soap(partner, delivery, pdf) : rest(partner, delivery, pdf);
    }

    private ExchangeAnswer rest(PartnerEntity partner, Delivery delivery, byte[] pdf) {
        try {
            boolean tramite = delivery.kind() == Delivery.Kind.TRAMITE;
            byte[] body = json.writeValueAsBytes(tramite ? new TramiteMessage(delivery.tramite(), pdf)
                    : new CargoMessage(delivery.cargo(), pdf));
            URI uri = URI.create(stripSlash(partner.endpointUrl()) + (tramite ? TRAMITES : CARGOS));
            HttpResponse<byte[]> response = send(uri, "application/json", null, body);
            if (response.statusCode() / 100 == 2) {
                return json.readValue(response.body(), ExchangeAnswer.class);
            }
            String detail = new String(response.body(), StandardCharsets.UTF_8);
            throw isPermanent(response.statusCode())
                    ? new PeerRefusedException("refused with " + response.statusCode() + ": " + abbreviate(detail))
                    : new PeerUnavailableException("answered " + response.statusCode());
        } catch (IOException e) {
            throw new PeerUnavailableException(describe(e));
        }
    }

    private ExchangeAnswer soap(PartnerEntity partner, Delivery delivery, byte[] pdf) {
        boolean tramite = delivery.kind() == Delivery.Kind.TRAMITE;
        String envelope = tramite ? PideSoap.receive(new TramiteMessage(delivery.tramite(), pdf))
                : PideSoap.cargo(new CargoMessage(delivery.cargo(), pdf));
        try {
            HttpResponse<byte[]> response = send(URI.create(partner.endpointUrl()), "text/xml; charset=utf-8",
                    tramite ? PideSoap.RECEIVE : PideSoap.CARGO, envelope.getBytes(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                String body = new String(response.body(), StandardCharsets.UTF_8);
                throw isPermanent(response.statusCode())
                        ? new PeerRefusedException("refused with " + response.statusCode() + ": " + abbreviate(body))
                        : new PeerUnavailableException("answered " + response.statusCode());
            }
            ExchangeAnswer answer = PideSoap.answer(PideSoap.read(response.body()));
            if (answer.state() == null) {
                throw new PeerRefusedException("refused: " + answer.observations());
            }
            return answer;
        } catch (PideSoap.MalformedMessageException e) {
            throw new PeerUnavailableException("answered something that is not SOAP: " + e.getMessage());
        } catch (IOException e) {
            throw new PeerUnavailableException(describe(e));
        }
    }

    private HttpResponse<byte[]> send(URI uri, String contentType, String soapAction, byte[] body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(settings.timeout())
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (soapAction != null) {
            request.header("SOAPAction", "\"" + soapAction + "\"");
        }
        SignedRequests.sign(seal, settings.entityRuc(), "POST", uri.getRawPath(), body, clock.instant())
                .forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PeerUnavailableException("interrupted");
        }
    }

    private byte[] read(ContentRef content) {
        try (InputStream in = storage.open(content.objectKey(), content.sha256())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The message itself was refused (malformed, too large, its PDF or CUO not acceptable): sending it
     * again would not help. A refused authentication (our seal not registered there yet), a missing
     * endpoint, a timeout or a rate limit may pass: those are retried.
     */
    private static boolean isPermanent(int status) {
        return status == 400 || status == 409 || status == 413 || status == 415 || status == 422;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "…";
    }

    /** The partner refused the message. */
    static final class PeerRefusedException extends RuntimeException {

        PeerRefusedException(String message) {
            super(message);
        }
    }

    /** The partner could not be reached, or failed. */
    static final class PeerUnavailableException extends RuntimeException {

        PeerUnavailableException(String message) {
            super(message);
        }
    }
}

package pe.ceropapel.signature.pki;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import pe.ceropapel.signature.pades.FetchPolicy;
import pe.ceropapel.signature.pades.TrustSettings;

/**
 * A development PKI whose CRLs, CA certificates, OCSP responder and time-stamping authority are
 * served over HTTP on a loopback port, the way the application serves them; {@link #stop()} takes
 * them offline.
 */
public final class PkiServer implements AutoCloseable {

    private final HttpServer server;
    private final DevelopmentPki pki;
    private final Map<String, byte[]> published = new ConcurrentHashMap<>();

    private PkiServer(HttpServer server, DevelopmentPki pki) {
        this.server = server;
        this.pki = pki;
    }

    public static PkiServer start(Path directory) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/pki";
            DevelopmentPki pki = DevelopmentPki.openOrCreate(directory, base, "Instituto de Pruebas", "20600000001");
            PkiServer pkiServer = new PkiServer(server, pki);
            server.createContext("/pki/", pkiServer::handle);
            server.start();
            return pkiServer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public DevelopmentPki pki() {
        return pki;
    }

    /** What signing and validation may fetch: this server's URLs too, although on loopback. */
    public FetchPolicy fetchPolicy() {
        return FetchPolicy.defaults().trusting("http://127.0.0.1:" + server.getAddress().getPort() + "/pki/");
    }

    /** Trust in this PKI's root, with its TSA, fetching revocation data and CA certificates from this server. */
    public TrustSettings trustSettings() {
        return new TrustSettings(pki.trustAnchors(), timeStampUrl(), true, null, fetchPolicy());
    }

    public String timeStampUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/pki/tsa";
    }

    /** Serves {@code body} at {@code /pki/<name>} too, e.g. a trusted list; returns its URL. */
    public String publish(String name, byte[] body) {
        published.put(name, body.clone());
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/pki/" + name;
    }

    public void stop() {
        server.stop(0);
    }

    @Override
    public void close() {
        stop();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring("/pki/".length());
        Optional<byte[]> body;
        if (name.equals("tsa")) {
            body = Optional.of(pki.timeStampAuthority().respond(exchange.getRequestBody().readAllBytes()));
        } else if (name.equals("ocsp")) {
            body = Optional.of(pki.ocspResponder().respond(exchange.getRequestBody().readAllBytes()));
        } else if (name.endsWith(".crl")) {
            body = pki.crl(name.substring(0, name.length() - 4));
        } else if (name.endsWith(".crt")) {
            body = pki.caCertificate(name.substring(0, name.length() - 4));
        } else {
            body = Optional.ofNullable(published.get(name));
        }
        if (body.isEmpty()) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(200, body.get().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body.get());
        }
    }
}

package pe.ceropapel.agent;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/** The client's side of the protocol's three requests. */
final class ProtocolClient {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    private final ObjectMapper json = new ObjectMapper();

    /** Posts the token to {@code param_url}; the answer is the Base64 of the parameters' JSON. */
    SigningParameters parameters(String paramUrl, String token) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(paramUrl)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("param_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        requireOk(answer.statusCode(), answer.body());
        return json.readValue(Base64.getDecoder().decode(answer.body().strip()), SigningParameters.class);
    }

    /** Downloads what to sign into {@code target}. */
    Path download(String url, Path target) throws IOException, InterruptedException {
        HttpResponse<Path> answer = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofFile(target));
        if (answer.statusCode() != 200) {
            requireOk(answer.statusCode(), Files.readString(target));
        }
        return target;
    }

    /** Uploads the signed file as {@code multipart/form-data}, part {@code signed_file}; answers the server's JSON. */
    String upload(String url, Path signed, String fileName) throws IOException, InterruptedException {
        String boundary = "signer-agent-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"signed_file\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(signed), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build(), HttpResponse.BodyHandlers.ofString());
        requireOk(answer.statusCode(), answer.body());
        return answer.body();
    }

    private static void requireOk(int status, String body) throws IOException {
        if (status != 200) {
            throw new ServerRefusalException(status, body);
        }
    }

    /** The server refused a request; its body says why (a problem detail with a Spanish {@code detail}). */
    static final class ServerRefusalException extends IOException {

        ServerRefusalException(int status, String body) {
            super("el servidor respondió " + status + ": " + body);
        }
    }
}

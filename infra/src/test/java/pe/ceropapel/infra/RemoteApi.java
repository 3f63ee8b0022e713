package pe.ceropapel.infra;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** The JSON API of an application started as its own process, called as one of its demo users. */
final class RemoteApi {

    private static final String KEY = "Idempotency-Key";

    private final String url;
    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    RemoteApi(String url) {
        this.url = url;
    }

    /** The answer's status and body. */
    record Answer(int status, byte[] body) {

        <T> T as(Class<T> type) throws IOException {
            return new ObjectMapper().readValue(body, type);
        }
    }

    Answer get(String user, String path) throws IOException, InterruptedException {
        return send(request(user, path).GET());
    }

    Answer post(String user, String path, Object body) throws IOException, InterruptedException {
        return send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))));
    }

    /** A request that may be sent again after a failure: every sending carries the same key. */
    Answer post(String user, String path, Object body, String idempotencyKey) throws IOException, InterruptedException {
        return send(request(user, path).header("Content-Type", "application/json").header(KEY, idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))));
    }

    Answer put(String user, String path, Object body, String idempotencyKey) throws IOException, InterruptedException {
        return send(request(user, path).header("Content-Type", "application/json").header(KEY, idempotencyKey)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))));
    }

    /** Registers a PDF with its metadata (the JSON part) under a request key. */
    Answer register(String user, Object metadata, byte[] pdf, String idempotencyKey)
            throws IOException, InterruptedException {
        String boundary = UUID.randomUUID().toString();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + json.writeValueAsString(metadata) + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"documento.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return send(request(user, "/api/documents").header(KEY, idempotencyKey)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofByteArray(pdf), HttpRequest.BodyPublishers.ofByteArray(tail))));
    }

    Answer put(String user, String path, Object body) throws IOException, InterruptedException {
        return send(request(user, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))));
    }

    private HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), response.body());
    }
}

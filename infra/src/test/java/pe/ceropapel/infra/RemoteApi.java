package pe.ceropapel.infra;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The JSON API of an application started as its own process, called as one of its demo users. */
final class RemoteApi {

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

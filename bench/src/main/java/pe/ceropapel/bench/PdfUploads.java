package pe.ceropapel.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** {@code POST /api/documents} of a PDF as a person of INACAL/DM registers it: metadata and file parts. */
final class PdfUploads {

    private PdfUploads() {
    }

    static HttpRequest request(URI documents, String authorization, String subject, HttpRequest.BodyPublisher pdf) {
        String boundary = UUID.randomUUID().toString();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                + "Content-Type: application/json\r\n\r\n"
                + "{\"type\":\"INFORME\",\"subject\":\"" + subject + "\",\"office\":\"INACAL/DM\"}\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(documents)
                .header("Authorization", authorization)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head), pdf,
                        HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
    }
}

package pe.ceropapel.infra;

import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import pe.ceropapel.signature.pdf.TestPdfs;

/** The REST API as the demo people use it: JSON in and out, HTTP Basic with the demo password. */
@SuppressWarnings("rawtypes")
final class JsonApi {

    /** Asks for read-your-writes: the answer comes once the read models show the change. */
    static final String READ_YOUR_WRITES = "Read-Your-Writes";

    private final TestRestTemplate http;

    JsonApi(TestRestTemplate http) {
        this.http = http;
    }

    TestRestTemplate as(String user) {
        return http.withBasicAuth(user, "demo");
    }

    Map get(String user, String path, Object... variables) {
        return as(user).getForObject(path, Map.class, variables);
    }

    ResponseEntity<Map> post(String user, String path, String json) {
        return as(user).exchange(path, HttpMethod.POST, json(json), Map.class);
    }

    ResponseEntity<Map> put(String user, String path, String json) {
        return as(user).exchange(path, HttpMethod.PUT, json(json), Map.class);
    }

    /** Registers a PDF whose pages hold {@code text}; answers the id, case file id and tracking code. */
    Map<String, String> register(String user, String type, String subject, String office, boolean confidential,
                                 byte[] pdf) {
        return upload(user, type, subject, office, confidential, pdf).getBody();
    }

    /** The same registration, answered with its status; {@code headerPairs} are sent as headers. */
    ResponseEntity<Map> upload(String user, String type, String subject, String office, boolean confidential,
                               byte[] pdf, String... headerPairs) {
        return upload(user, metadata(type, subject, office, confidential, ""), pdf, headerPairs);
    }

    /** Registrations by {@code user} in {@code office}, answered as a {@link UploadWorkload} keeps them. */
    UploadWorkload.Upload workload(String user, String office) {
        return (subject, n) -> {
            ResponseEntity<Map> answer = upload(user, "INFORME", subject + " " + n, office, false,
                    TestPdfs.withPages(subject + " número " + n));
            Map body = answer.getBody();
            return new UploadWorkload.Answer(answer.getStatusCode().value(), body == null ? null : (String) body.get("type"),
                    answer.getStatusCode().value() == 201 ? (String) body.get("id") : null);
        };
    }

    /** Registers a PDF in the existing case file {@code caseFileId}; answers the document's id. */
    String fileIn(String caseFileId, String user, String type, String subject, String office, boolean confidential,
                  byte[] pdf) {
        return (String) upload(user, metadata(type, subject, office, confidential,
                ",\"caseFileId\":\"" + caseFileId + "\""), pdf).getBody().get("id");
    }

    private static String metadata(String type, String subject, String office, boolean confidential, String more) {
        return "{\"type\":\"" + type + "\",\"subject\":\"" + subject + "\",\"office\":\"" + office
                + "\",\"confidential\":" + confidential + more + "}";
    }

    private ResponseEntity<Map> upload(String user, String metadata, byte[] pdf, String... headerPairs) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("metadata", part(MediaType.APPLICATION_JSON, metadata.getBytes(), null));
        parts.add("file", part(MediaType.APPLICATION_PDF, pdf, "documento.pdf"));
        return as(user).postForEntity("/api/documents", new HttpEntity<>(parts, with(multipart(), headerPairs)),
                Map.class);
    }

    /** A citizen's request through the mesa de partes virtual; answers tracking code and access key. */
    Map<String, String> submitRequest(String name, String subject, byte[] pdf) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("request", part(MediaType.APPLICATION_JSON, ("{\"identityType\":\"DNI\",\"identityNumber\":\"40000001\","
                + "\"name\":\"" + name + "\",\"email\":\"ciudadano@example.pe\",\"subject\":\"" + subject + "\"}")
                .getBytes(), null));
        parts.add("file", part(MediaType.APPLICATION_PDF, pdf, "solicitud.pdf"));
        return http.postForObject("/api/public/intake", new HttpEntity<>(parts, multipart()), Map.class);
    }

    static HttpEntity<String> json(String json, String... headerPairs) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(json, with(headers, headerPairs));
    }

    private static HttpHeaders with(HttpHeaders headers, String... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return headers;
    }

    static HttpEntity<ByteArrayResource> part(MediaType type, byte[] content, String fileName) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        return new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }, headers);
    }

    static HttpHeaders multipart() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return headers;
    }
}

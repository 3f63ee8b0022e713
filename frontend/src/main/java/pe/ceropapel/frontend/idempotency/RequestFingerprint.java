package pe.ceropapel.frontend.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.TreeMap;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;
import pe.ceropapel.frontend.multipart.DigestedFile;
import pe.ceropapel.storage.Sha256;

/**
 * What a request asks for, as a SHA-256: its method, path and query, and the digest of its body; of
 * a multipart body, each part's name, file name, type and content (so that a client resending the
 * same parts with another boundary sends the same request). A key sent again with another
 * fingerprint is another request.
 */
final class RequestFingerprint {

    /** The request attribute where {@link RepeatableBodyFilter} leaves the digest of a body that is not multipart. */
    static final String BODY_SHA256 = RequestFingerprint.class.getName() + ".body";

    private RequestFingerprint() {
    }

    static String of(HttpServletRequest request) {
        MessageDigest digest = Sha256.newDigest();
        line(digest, request.getMethod());
        line(digest, request.getRequestURI());
        line(digest, String.valueOf(request.getQueryString()));
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart == null) {
            line(digest, "body " + request.getAttribute(BODY_SHA256));
            fields(digest, request);
            return Sha256.hex(digest);
        }
        new TreeMap<>(multipart.getMultiFileMap()).forEach((name, files) -> files.forEach(file ->
                line(digest, "file " + name + " " + Sha256.of(bytes(file.getOriginalFilename())) + " "
                        + file.getContentType() + " " + sha256(file))));
        fields(digest, multipart);
        return Sha256.hex(digest);
    }

    /** The query's and form's fields; of a multipart body, the parts that are not files. */
    private static void fields(MessageDigest digest, HttpServletRequest request) {
        MultipartHttpServletRequest multipart = request instanceof MultipartHttpServletRequest parts ? parts : null;
        new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            String type = multipart == null ? "" : String.valueOf(multipart.getMultipartContentType(name));
            for (String value : values) {
                line(digest, "field " + name + " " + type + " " + Sha256.of(bytes(value)));
            }
        });
    }

    private static String sha256(MultipartFile file) {
        if (file instanceof DigestedFile digested) {
            return digested.sha256();
        }
        try {
            return Sha256.of(file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String text) {
        return String.valueOf(text).getBytes(StandardCharsets.UTF_8);
    }

    private static void line(MessageDigest digest, String text) {
        digest.update(bytes(Sha256.of(bytes(text)) + "\n"));
    }
}

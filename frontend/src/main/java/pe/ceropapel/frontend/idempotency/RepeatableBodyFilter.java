package pe.ceropapel.frontend.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import pe.ceropapel.frontend.security.BodyTooLargeException;
import pe.ceropapel.storage.Sha256;

/**
 * Reads the body of an API request that names an {@code Idempotency-Key} (a form or JSON, which
 * {@code ceropapel.api.max-body-size} keeps small) before anything else does, notes its SHA-256 for
 * the request's fingerprint and hands the same bytes on. Multipart bodies are digested part by part
 * as they are received; URL-encoded forms, which the container parses itself, count by their fields.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RepeatableBodyFilter extends OncePerRequestFilter {

    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return request.getHeader(IdempotentRequest.HEADER) == null || !CHANGING.contains(request.getMethod())
                || !request.getRequestURI().startsWith("/api/")
                || type != null && (type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)
                || type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (BodyTooLargeException tooLarge) {
            // the controller that reads the body answers 413, as without a key
            chain.doFilter(new Replayed(request, null, tooLarge), response);
            return;
        }
        request.setAttribute(RequestFingerprint.BODY_SHA256, Sha256.of(body));
        chain.doFilter(new Replayed(request, body, null), response);
    }

    /** The request with its body, already read, to be read again; or the refusal of a body too large to read. */
    private static final class Replayed extends HttpServletRequestWrapper {

        private final byte[] body;
        private final BodyTooLargeException tooLarge;

        Replayed(HttpServletRequest request, byte[] body, BodyTooLargeException tooLarge) {
            super(request);
            this.body = body;
            this.tooLarge = tooLarge;
        }

        @Override
        public ServletInputStream getInputStream() throws BodyTooLargeException {
            if (tooLarge != null) {
                throw tooLarge;
            }
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() throws BodyTooLargeException {
            Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8
                    : Charset.forName(getCharacterEncoding());
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}

package pe.ceropapel.frontend.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * An API request sent with an {@code Idempotency-Key}: a client that lost the answer (a crash, a
 * broken connection) sends the request again with the same key, and it gets the same identifiers
 * and the same command results while nothing is done twice. Without a key every request is new.
 */
public final class IdempotentRequest {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_.:-]{8,100}");
    private static final String ATTRIBUTE = IdempotentRequest.class.getName();

    private final String user;
    private final String key;
    private final String fingerprint;
    private int ids;
    private int commands;

    private IdempotentRequest(String user, String key, String fingerprint) {
        this.user = user;
        this.key = key;
        this.fingerprint = fingerprint;
    }

    /** Marks {@code request} as repeatable when it names a key; a malformed key is refused. */
    static void begin(HttpServletRequest request, String user) {
        String key = request.getHeader(HEADER);
        if (key == null) {
            return;
        }
        if (!VALID.matcher(key).matches()) {
            throw new InvalidIdempotencyKeyException();
        }
        request.setAttribute(ATTRIBUTE, new IdempotentRequest(user, key, RequestFingerprint.of(request)));
    }

    /** A new identifier: random, or for a request with a key the same one each time the request is sent. */
    public static String newId() {
        return current().map(IdempotentRequest::nextId).orElseGet(() -> UUID.randomUUID().toString());
    }

    static Optional<IdempotentRequest> current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null ? Optional.empty()
                : Optional.ofNullable((IdempotentRequest) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
    }

    /** The key of this request's next command: the client's key and the command's place in the request. */
    String nextCommandKey() {
        return key + "#" + ++commands;
    }

    /** What the request asked for ({@link RequestFingerprint}): the same key with another fingerprint is refused. */
    String fingerprint() {
        return fingerprint;
    }

    private String nextId() {
        return UUID.nameUUIDFromBytes((user + "\n" + key + "\n" + ++ids).getBytes(StandardCharsets.UTF_8)).toString();
    }
}

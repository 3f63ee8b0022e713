package pe.ceropapel.frontend.problem;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * The stable problem types of the API (RFC 9457). Each has an English title; the Spanish detail
 * for people comes from the message bundle under {@code problem.<slug>}.
 */
enum ProblemType {
    INVALID_INPUT(HttpStatus.BAD_REQUEST, "Invalid input"),
    INVALID_IDEMPOTENCY_KEY(HttpStatus.BAD_REQUEST, "Invalid Idempotency-Key header"),
    MALFORMED_MULTIPART(HttpStatus.BAD_REQUEST, "Malformed multipart body"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "Forbidden"),
    PERSON_INACTIVE(HttpStatus.FORBIDDEN, "Person no longer active"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "Not found"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
    CONFLICT(HttpStatus.CONFLICT, "Conflict with the current state"),
    ALREADY_EXISTS(HttpStatus.CONFLICT, "Already exists"),
    CONCURRENT_MODIFICATION(HttpStatus.CONFLICT, "Concurrent modification"),
    TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "Upload too large"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    NOT_A_PDF(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Not a PDF"),
    EMPTY_FILE(HttpStatus.UNPROCESSABLE_ENTITY, "Empty file"),
    DAMAGED_PDF(HttpStatus.UNPROCESSABLE_ENTITY, "Damaged PDF"),
    ENCRYPTED_PDF(HttpStatus.UNPROCESSABLE_ENTITY, "Encrypted PDF"),
    ACTIVE_CONTENT(HttpStatus.UNPROCESSABLE_ENTITY, "PDF with active content"),
    PDF_OVER_LIMITS(HttpStatus.UNPROCESSABLE_ENTITY, "PDF over the processing limits"),
    ANNEX_NOT_ACCEPTED(HttpStatus.UNPROCESSABLE_ENTITY, "Annex not accepted"),
    RULE_VIOLATED(HttpStatus.UNPROCESSABLE_ENTITY, "Business rule violated"),
    TOO_MANY_ATTEMPTS(HttpStatus.TOO_MANY_REQUESTS, "Too many failed attempts"),
    STORAGE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Object storage unavailable"),
    CONTENT_MISSING(HttpStatus.INTERNAL_SERVER_ERROR, "Stored content missing"),
    DATABASE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable"),
    SEARCH_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Search and read models unavailable"),
    SIGNING_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Signing service unavailable"),
    WRONG_PIN(HttpStatus.UNPROCESSABLE_ENTITY, "Wrong PIN"),
    WRONG_PIN_KEY_LOCKED(HttpStatus.UNPROCESSABLE_ENTITY, "Wrong PIN, signing key now locked"),
    SIGNING_KEY_LOCKED(HttpStatus.LOCKED, "Signing key locked"),
    NO_SIGNING_KEY(HttpStatus.UNPROCESSABLE_ENTITY, "No signing key"),
    PDF_NOT_SIGNABLE(HttpStatus.UNPROCESSABLE_ENTITY, "PDF cannot be signed"),
    BAD_SIGNATURE_VALUE(HttpStatus.UNPROCESSABLE_ENTITY, "Signature value does not match"),
    CERTIFICATE_NOT_USABLE(HttpStatus.UNPROCESSABLE_ENTITY, "Certificate cannot sign"),
    CERTIFICATE_NOT_TRUSTED(HttpStatus.UNPROCESSABLE_ENTITY, "Certificate not issued by a trusted authority"),
    ENTITY_NOT_AUTHENTICATED(HttpStatus.UNAUTHORIZED, "Entity not authenticated"),
    ENTITY_REVOKED(HttpStatus.FORBIDDEN, "Entity revoked"),
    INVALID_MESSAGE(HttpStatus.BAD_REQUEST, "Invalid interop message"),
    INVALID_SIGNATURE(HttpStatus.UNPROCESSABLE_ENTITY, "PDF unsigned or changed after signing"),
    CLIENT_SIGNATURE_REFUSED(HttpStatus.UNPROCESSABLE_ENTITY, "Signed file or signing ticket refused"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

    private final HttpStatus status;
    private final String title;

    ProblemType(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    URI uri() {
        return URI.create("urn:ceropapel:problem:" + slug());
    }

    /** The type for a status that Spring MVC itself decided. */
    static ProblemType forStatus(int status) {
        return switch (status) {
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? INTERNAL_ERROR : INVALID_INPUT;
        };
    }
}

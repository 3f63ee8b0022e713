package pe.ceropapel.frontend.problem;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateEntityNotFoundException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import pe.ceropapel.command.clientsigning.ClientSigningRefusedException;
import pe.ceropapel.command.intake.AnnexRefusedException;
import pe.ceropapel.frontend.signature.ClientSigningMessages;
import pe.ceropapel.command.reception.InvalidMessageException;
import pe.ceropapel.command.reception.InvalidSignatureException;
import pe.ceropapel.api.access.InactivePersonException;
import pe.ceropapel.api.access.NotVisibleException;
import pe.ceropapel.api.readmodel.InvalidCursorException;
import pe.ceropapel.api.directory.SigningKeyLockedException;
import pe.ceropapel.api.directory.WrongSigningPinException;
import pe.ceropapel.api.readmodel.ReadModelUnavailableException;
import pe.ceropapel.api.rules.IllegalTransitionException;
import pe.ceropapel.api.rules.InvalidValueException;
import pe.ceropapel.frontend.casefile.TooManyLookupsException;
import pe.ceropapel.frontend.idempotency.InvalidIdempotencyKeyException;
import pe.ceropapel.frontend.interop.EntityRefusedException;
import pe.ceropapel.frontend.multipart.MalformedMultipartException;
import pe.ceropapel.frontend.security.BodyTooLargeException;
import pe.ceropapel.api.rules.RuleViolation;
import pe.ceropapel.signature.pades.SigningKeyException;
import pe.ceropapel.signature.pades.SigningRefusedException;
import pe.ceropapel.signature.pdf.PdfRejectedException;
import pe.ceropapel.storage.ObjectMissingException;
import pe.ceropapel.storage.StorageUnavailableException;

/**
 * Turns every error into RFC 9457 problem details with a stable type, an English title, a Spanish
 * detail for people and, for invalid input, the offending fields.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final MessageSource messages;

    ProblemHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PdfRejectedException.class)
    ProblemDetail pdfRejected(PdfRejectedException e) {
        ProblemType type = switch (e.reason()) {
            case EMPTY -> ProblemType.EMPTY_FILE;
            case NOT_PDF -> ProblemType.NOT_A_PDF;
            case DAMAGED -> ProblemType.DAMAGED_PDF;
            case ENCRYPTED -> ProblemType.ENCRYPTED_PDF;
            case ACTIVE_CONTENT -> ProblemType.ACTIVE_CONTENT;
            case OVER_LIMITS -> ProblemType.PDF_OVER_LIMITS;
        };
        return problem(type);
    }

    /**
     * An annex the entity does not accept: a PDF refused by the checks of every PDF keeps that refusal's
     * type; anything else is {@code annex-not-accepted} (an empty file, {@code empty-file}). The Spanish
     * detail names the annex; {@code annex} is its name, {@code reason} what was found, in English.
     */
    @ExceptionHandler(AnnexRefusedException.class)
    ProblemDetail annexRefused(AnnexRefusedException e) {
        ProblemDetail problem;
        if (e.pdfRejection() != null) {
            problem = pdfRejected(e.pdfRejection());
            problem.setDetail(messages.getMessage("problem.annex-pdf", new Object[] {e.annexName(), problem.getDetail()},
                    LocaleContextHolder.getLocale()));
        } else {
            problem = problem(e.reason() == AnnexRefusedException.Reason.EMPTY
                    ? ProblemType.EMPTY_FILE : ProblemType.ANNEX_NOT_ACCEPTED);
            problem.setDetail(messages.getMessage("problem.annex." + e.reason().name().toLowerCase().replace('_', '-'),
                    new Object[] {e.annexName(), e.acceptedExtensions(), e.contentExtension()},
                    LocaleContextHolder.getLocale()));
        }
        problem.setProperty("annex", e.annexName());
        return withReason(problem, e.getMessage());
    }

    /**
     * A signing ticket or a file signed on the signer's computer that is refused: {@code reason} names
     * why (e.g. {@code FOREIGN_CERTIFICATE}), the Spanish detail says it to the person.
     */
    @ExceptionHandler(ClientSigningRefusedException.class)
    ProblemDetail clientSignatureRefused(ClientSigningRefusedException e) {
        ProblemDetail problem = problem(ProblemType.CLIENT_SIGNATURE_REFUSED);
        problem.setDetail(messages.getMessage(ClientSigningMessages.key(e.reason()), null, LocaleContextHolder.getLocale()));
        problem.setProperty("refusal", e.reason().name());
        return withReason(problem, e.getMessage());
    }

    /** A body read past the size limit, by a controller that reads the raw body (the interop messages). */
    @ExceptionHandler(BodyTooLargeException.class)
    ProblemDetail bodyTooLarge(BodyTooLargeException e) {
        ProblemDetail problem = problem(ProblemType.TOO_LARGE);
        problem.setDetail(messages.getMessage("problem.body-too-large", null, LocaleContextHolder.getLocale()));
        return problem;
    }

    @ExceptionHandler(EntityRefusedException.class)
    ProblemDetail entityRefused(EntityRefusedException e) {
        return withReason(problem(e.reason() == EntityRefusedException.Reason.REVOKED
                ? ProblemType.ENTITY_REVOKED : ProblemType.ENTITY_NOT_AUTHENTICATED), e);
    }

    @ExceptionHandler(InvalidMessageException.class)
    ProblemDetail invalidMessage(InvalidMessageException e) {
        return withReason(problem(ProblemType.INVALID_MESSAGE), e);
    }

    @ExceptionHandler(InvalidSignatureException.class)
    ProblemDetail invalidSignature(InvalidSignatureException e) {
        return withReason(problem(ProblemType.INVALID_SIGNATURE), e);
    }

    /** What exactly was wrong, in English, for the other entity's developers and logs. */
    private static ProblemDetail withReason(ProblemDetail problem, RuntimeException e) {
        return withReason(problem, e.getMessage());
    }

    private static ProblemDetail withReason(ProblemDetail problem, String reason) {
        problem.setProperty("reason", reason);
        return problem;
    }

    @ExceptionHandler(MalformedMultipartException.class)
    ProblemDetail malformedMultipart(MalformedMultipartException e) {
        return withReason(problem(ProblemType.MALFORMED_MULTIPART), e);
    }

    @ExceptionHandler(InvalidIdempotencyKeyException.class)
    ProblemDetail invalidIdempotencyKey(InvalidIdempotencyKeyException e) {
        return withReason(problem(ProblemType.INVALID_IDEMPOTENCY_KEY), e);
    }

    @ExceptionHandler(TooManyLookupsException.class)
    ResponseEntity<Object> tooManyLookups(TooManyLookupsException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(problem(ProblemType.TOO_MANY_ATTEMPTS));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(ProblemType.NOT_FOUND);
    }

    /** A command on what the person may not see: the answer of one that does not exist. */
    @ExceptionHandler(NotVisibleException.class)
    ProblemDetail notVisible(NotVisibleException e) {
        return problem(ProblemType.NOT_FOUND);
    }

    @ExceptionHandler(InactivePersonException.class)
    ProblemDetail personInactive(InactivePersonException e) {
        log.info("Refused a command: {}", e.getMessage());
        return problem(ProblemType.PERSON_INACTIVE);
    }

    @ExceptionHandler(StorageUnavailableException.class)
    ProblemDetail storageUnavailable(StorageUnavailableException e) {
        log.warn("Object storage unavailable: {}", e.getMessage());
        return problem(ProblemType.STORAGE_UNAVAILABLE);
    }

    /** A lasting problem of one document, which retrying does not solve: an error for the operators. */
    @ExceptionHandler(ObjectMissingException.class)
    ProblemDetail contentMissing(ObjectMissingException e) {
        log.error("Stored content missing: {}", e.getMessage());
        return problem(ProblemType.CONTENT_MISSING);
    }

    /** A page cursor that no page of the list handed out: the field {@code after} is invalid. */
    @ExceptionHandler(InvalidCursorException.class)
    ProblemDetail invalidCursor(InvalidCursorException e) {
        return invalidInput(List.of(Map.of("field", "after",
                "detail", messages.getMessage("problem.invalid-cursor", null, LocaleContextHolder.getLocale()))));
    }

    @ExceptionHandler(ReadModelUnavailableException.class)
    ProblemDetail searchUnavailable(ReadModelUnavailableException e) {
        log.warn("Read models unreachable: {}", e.getMessage());
        return problem(ProblemType.SEARCH_UNAVAILABLE);
    }

    @ExceptionHandler(SigningKeyException.class)
    ProblemDetail signingKey(SigningKeyException e) {
        return switch (e.reason()) {
            case WRONG_PIN -> problem(ProblemType.WRONG_PIN);
            case NO_KEY -> problem(ProblemType.NO_SIGNING_KEY);
            case UNAVAILABLE -> signingUnavailable(e);
        };
    }

    @ExceptionHandler(WrongSigningPinException.class)
    ProblemDetail wrongPin(WrongSigningPinException e) {
        return problem(e.keyLocked() ? ProblemType.WRONG_PIN_KEY_LOCKED : ProblemType.WRONG_PIN);
    }

    @ExceptionHandler(SigningKeyLockedException.class)
    ProblemDetail signingKeyLocked(SigningKeyLockedException e) {
        return problem(ProblemType.SIGNING_KEY_LOCKED);
    }

    @ExceptionHandler(SigningRefusedException.class)
    ProblemDetail signingRefused(SigningRefusedException e) {
        return switch (e.reason()) {
            case ENCRYPTED, MALFORMED, CERTIFIED -> problem(ProblemType.PDF_NOT_SIGNABLE);
            case BAD_SIGNATURE_VALUE -> problem(ProblemType.BAD_SIGNATURE_VALUE);
            case CERTIFICATE -> problem(ProblemType.CERTIFICATE_NOT_USABLE);
            case UNTRUSTED -> problem(ProblemType.CERTIFICATE_NOT_TRUSTED);
            case SERVICES_UNAVAILABLE -> signingUnavailable(e);
        };
    }

    private ProblemDetail signingUnavailable(RuntimeException e) {
        log.warn("Signing unavailable: {}", e.getMessage(), e);
        return problem(ProblemType.SIGNING_UNAVAILABLE);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(ProblemType.FORBIDDEN);
    }

    @ExceptionHandler({AggregateNotFoundException.class, AggregateEntityNotFoundException.class})
    ProblemDetail aggregateNotFound(RuntimeException e) {
        return problem(ProblemType.NOT_FOUND);
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentModification(ConcurrencyException e) {
        return problem(ProblemType.CONCURRENT_MODIFICATION);
    }

    @ExceptionHandler(InvalidValueException.class)
    ProblemDetail ruleViolated(InvalidValueException e) {
        return refusal(ProblemType.RULE_VIOLATED, e);
    }

    @ExceptionHandler(IllegalTransitionException.class)
    ProblemDetail conflict(IllegalTransitionException e) {
        return refusal(ProblemType.CONFLICT, e);
    }

    /**
     * A business rule refused the command: the Spanish detail says which rule (translated from the
     * rule's template when there is a translation), the English {@code reason} is for developers.
     */
    private ProblemDetail refusal(ProblemType type, RuleViolation violation) {
        ProblemDetail problem = problem(type);
        RuleViolation.Rule rule = violation.rule();
        String translation = messages.getMessage(RuleMessages.key(rule.template()), null, null,
                LocaleContextHolder.getLocale());
        if (translation != null) {
            problem.setDetail(RuleViolation.format(translation, rule.arguments().toArray()));
        }
        problem.setProperty("reason", rule.message());
        return problem;
    }

    @ExceptionHandler({CompletionException.class, CommandExecutionException.class})
    ResponseEntity<Object> wrapped(RuntimeException e, WebRequest request) throws Exception {
        Throwable cause = e.getCause();
        if (cause instanceof Exception inner && cause != e) {
            return dispatch(inner, request);
        }
        return unexpected(e);
    }

    /** What a person reads when something failed that they can do nothing about. */
    ProblemDetail internalError() {
        return problem(ProblemType.INTERNAL_ERROR);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (WriteConflicts.violatesUniqueness(e)) {
            log.info("Refused a write that conflicts with an existing one: {}", e.getMessage());
            return entity(problem(ProblemType.ALREADY_EXISTS));
        }
        if (DatabaseOutages.isOutage(e)) {
            log.warn("The database is unreachable; the request changed nothing: {}", e.toString());
            return entity(problem(ProblemType.DATABASE_UNAVAILABLE));
        }
        log.error("Unexpected error", e);
        return ResponseEntity.internalServerError().body(problem(ProblemType.INTERNAL_ERROR));
    }

    ResponseEntity<Object> dispatch(Exception e, WebRequest request) throws Exception {
        if (e instanceof PdfRejectedException p) {
            return entity(pdfRejected(p));
        } else if (e instanceof AnnexRefusedException a) {
            return entity(annexRefused(a));
        } else if (e instanceof NotFoundException n) {
            return entity(notFound(n));
        } else if (e instanceof NotVisibleException v) {
            return entity(notVisible(v));
        } else if (e instanceof InactivePersonException i) {
            return entity(personInactive(i));
        } else if (e instanceof TooManyLookupsException t) {
            return tooManyLookups(t);
        } else if (e instanceof StorageUnavailableException s) {
            return entity(storageUnavailable(s));
        } else if (e instanceof ObjectMissingException m) {
            return entity(contentMissing(m));
        } else if (e instanceof ReadModelUnavailableException r) {
            return entity(searchUnavailable(r));
        } else if (e instanceof InvalidCursorException c) {
            return entity(invalidCursor(c));
        } else if (e instanceof SigningKeyException k) {
            return entity(signingKey(k));
        } else if (e instanceof WrongSigningPinException w) {
            return entity(wrongPin(w));
        } else if (e instanceof SigningKeyLockedException l) {
            return entity(signingKeyLocked(l));
        } else if (e instanceof SigningRefusedException r) {
            return entity(signingRefused(r));
        } else if (e instanceof InvalidValueException a) {
            return entity(ruleViolated(a));
        } else if (e instanceof IllegalTransitionException s) {
            return entity(conflict(s));
        } else if (e instanceof AggregateNotFoundException || e instanceof AggregateEntityNotFoundException) {
            return entity(aggregateNotFound((RuntimeException) e));
        } else if (e instanceof ConcurrencyException c) {
            return entity(concurrentModification(c));
        } else if (e instanceof AccessDeniedException a) {
            return entity(forbidden(a));
        }
        try {
            ResponseEntity<Object> handled = handleException(e, request);
            return handled != null ? handled : unexpected(e);
        } catch (Exception notOfSpringMvc) {
            // handleException rethrows what it does not know: it is unexpected here (or a database outage)
            return unexpected(e);
        }
    }

    private static ResponseEntity<Object> entity(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(ProblemType.TOO_LARGE);
        long maxBytes = e.getMaxUploadSize();
        if (maxBytes > 0) {
            problem.setDetail(messages.getMessage("problem.too-large.limit", new Object[] {megabytes(maxBytes)},
                    LocaleContextHolder.getLocale()));
            problem.setProperty("maxBytes", maxBytes);
        }
        return entity(problem);
    }

    /** A body read past the size limit (sent without a declared length) is too large, not malformed. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return entity(bodyTooLarge(tooLarge));
            }
        }
        return super.handleHttpMessageNotReadable(e, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> fieldError(error.getField(), error))
                .toList();
        return entity(invalidInput(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> fieldError(result.getMethodParameter().getParameterName(), error)))
                .toList();
        return entity(invalidInput(errors));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(ProblemType.forStatus(status.value()));
        problem.setStatus(status.value());
        return ResponseEntity.status(status).headers(headers).body(problem);
    }

    private ProblemDetail invalidInput(List<Map<String, String>> errors) {
        ProblemDetail problem = problem(ProblemType.INVALID_INPUT);
        problem.setProperty("errors", errors);
        return problem;
    }

    private Map<String, String> fieldError(String field, MessageSourceResolvable error) {
        String name = error instanceof FieldError f ? f.getField() : field;
        return Map.of("field", name, "detail", messages.getMessage(error, LocaleContextHolder.getLocale()));
    }

    /** A size as people read it: "2 MB", "1,5 MB" (a megabyte of 1,024 kilobytes, as file browsers count). */
    private static String megabytes(long bytes) {
        double megabytes = bytes / (1024.0 * 1024.0);
        return new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(LocaleContextHolder.getLocale()))
                .format(megabytes) + " MB";
    }

    private ProblemDetail problem(ProblemType type) {
        String detail = messages.getMessage("problem." + type.slug(), null, LocaleContextHolder.getLocale());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return problem;
    }
}

package pe.ceropapel.frontend.problem;

import java.util.concurrent.CompletionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The Spanish explanation of a failure for a page, the same that the REST API gives as the
 * {@code detail} of its problem: pages and API never explain one failure two ways.
 */
@Component
public class ProblemMessages {

    private final ProblemHandler handler;

    ProblemMessages(ProblemHandler handler) {
        this.handler = handler;
    }

    public String of(Exception failure) {
        String detail = problemOf(failure).getDetail();
        return detail != null ? detail : handler.internalError().getDetail();
    }

    /** The problem the REST API would answer for {@code failure}: its status and Spanish detail. */
    public ProblemDetail problemOf(Exception failure) {
        ServletWebRequest request = new ServletWebRequest(
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest());
        try {
            ResponseEntity<Object> answer = failure instanceof CompletionException
                    || failure instanceof CommandExecutionException
                    ? handler.wrapped((RuntimeException) failure, request)
                    : handler.dispatch(failure, request);
            return answer.getBody() instanceof ProblemDetail problem ? problem : handler.internalError();
        } catch (Exception e) {
            return handler.internalError();
        }
    }
}

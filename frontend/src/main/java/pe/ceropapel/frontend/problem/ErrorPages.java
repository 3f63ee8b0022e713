package pe.ceropapel.frontend.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A failure answers a browser with a page in Spanish and a way back, never with JSON: a wrong
 * address, a page one may not see, anything else that went wrong. It says what the REST API's
 * problem would say; API clients still get the problem itself from {@link ProblemHandler}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ErrorPages implements HandlerExceptionResolver {

    private final ProblemMessages problems;

    ErrorPages(ProblemMessages problems) {
        this.problems = problems;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        if (!PageRequests.wantsPage(request) || response.isCommitted()) {
            return null;
        }
        ProblemDetail problem = problems.problemOf(failure);
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatusCode.valueOf(problem.getStatus()));
        page.addObject("status", problem.getStatus());
        page.addObject("detail", problem.getDetail());
        return page;
    }
}

package pe.ceropapel.frontend.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Tells a browser's request for a page from an API client's: a browser asks for HTML (a page, a
 * form's answer) or is htmx swapping part of a page; the REST API, the actuator and API clients
 * that ask for JSON keep their problem details.
 */
public final class PageRequests {

    private PageRequests() {
    }

    /**
     * Answers a browser with the error page of {@code status} (rendered as any other error's), which
     * offers to load the page again: an attempt that went past a limit may well pass later.
     *
     * @param detail what the page says, or null for its status's own words
     */
    public static void sendErrorPage(HttpServletRequest request, HttpServletResponse response, int status,
                                     String detail) throws IOException {
        request.setAttribute("detail", detail);
        request.setAttribute("retry", request.getRequestURI());
        response.sendError(status);
    }

    public static boolean wantsPage(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.startsWith("/api/") || path.startsWith("/actuator/") || path.startsWith("/pki/")) {
            return false;
        }
        String accept = request.getHeader("Accept");
        return request.getHeader("HX-Request") != null || accept != null && accept.contains("text/html");
    }
}

package pe.ceropapel.frontend.problem;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Tells a browser's request for a page from an API client's: a browser asks for HTML (a page, a
 * form's answer) or is htmx swapping part of a page; the REST API, the actuator and API clients
 * that ask for JSON keep their problem details.
 */
public final class PageRequests {

    private PageRequests() {
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

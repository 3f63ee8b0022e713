package pe.ceropapel.frontend.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import pe.ceropapel.api.directory.FindPersonQuery;
import pe.ceropapel.api.directory.PersonView;

/**
 * Ends a page session as soon as the directory no longer backs it: the person was deactivated, or
 * their roles changed since they signed in (an administrator who is one no more). Asked of the
 * directory on every request of a session, so it holds in whichever instance the session lives, with
 * no registry of sessions to keep; the person signs in again, or cannot. People the directory does
 * not know (the demo people before it is seeded) are left as they are.
 */
final class DirectorySessionCheck extends OncePerRequestFilter {

    /** Where the browser is sent: the sign-in page, saying why the session ended. */
    static final String SESSION_ENDED = "/ingresar?sesion";
    private static final String ROLE = "ROLE_";
    private static final Logger log = LoggerFactory.getLogger(DirectorySessionCheck.class);

    private final QueryGateway queries;

    DirectorySessionCheck(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && signedIn != null && signedIn.isAuthenticated()
                && !(signedIn instanceof AnonymousAuthenticationToken) && !backedByDirectory(signedIn)) {
            log.info("Ended the page session of {}: deactivated, or their roles changed", signedIn.getName());
            SecurityContextHolder.clearContext();
            session.invalidate();
            String location = request.getContextPath() + SESSION_ENDED;
            if ("true".equals(request.getHeader("HX-Request"))) {
                // htmx follows a redirect inside the page; this header sends the whole browser instead
                response.setHeader("HX-Redirect", location);
            } else {
                response.sendRedirect(location);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean backedByDirectory(Authentication signedIn) {
        Optional<PersonView> person = queries.query(new FindPersonQuery(signedIn.getName()),
                ResponseTypes.optionalInstanceOf(PersonView.class)).join();
        return person.map(p -> p.active() && roles(PersonAuthorities.of(p)).equals(roles(signedIn.getAuthorities())))
                .orElse(true);
    }

    private static Set<String> roles(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).filter(name -> name.startsWith(ROLE))
                .collect(Collectors.toSet());
    }
}

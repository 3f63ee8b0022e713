package pe.ceropapel.frontend.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the sign-in page after a failed sign-in with the identity provider, telling an identity
 * the directory does not know ({@code ?desconocido}) from any other failure ({@code ?error}).
 */
final class OidcLoginFailureHandler implements AuthenticationFailureHandler {

    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        boolean notInDirectory = failure instanceof OAuth2AuthenticationException oauth
                && DirectoryOidcUserService.NOT_IN_DIRECTORY.equals(oauth.getError().getErrorCode());
        redirect.sendRedirect(request, response, notInDirectory ? "/ingresar?desconocido" : "/ingresar?error");
    }
}

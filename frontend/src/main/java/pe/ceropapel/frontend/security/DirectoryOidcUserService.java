package pe.ceropapel.frontend.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import pe.ceropapel.api.directory.PersonView;

/**
 * Signs in the person of the directory that the identity provider's user is, with the directory's
 * roles; the principal's name is the person's username, as with a password. An identity that names
 * no active person is refused.
 */
final class DirectoryOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The error code of the refusal of an identity that names no active person of the directory. */
    static final String NOT_IN_DIRECTORY = "not_in_directory";

    private static final Logger log = LoggerFactory.getLogger(DirectoryOidcUserService.class);

    private final OidcUserService provider = new OidcUserService();
    private final DirectoryIdentities identities;

    DirectoryOidcUserService(DirectoryIdentities identities) {
        this.identities = identities;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        PersonView person = identities.personOf(user).orElseThrow(() -> refusal(user));
        return new DefaultOidcUser(PersonAuthorities.of(person), user.getIdToken(), user.getUserInfo(),
                identities.usernameClaim());
    }

    private OAuth2AuthenticationException refusal(OidcUser user) {
        String username = identities.usernameOf(user).orElse("(no " + identities.usernameClaim() + " claim)");
        log.info("Refused the sign-in of {} (subject {}): no active person of the directory", username, user.getSubject());
        return new OAuth2AuthenticationException(new OAuth2Error(NOT_IN_DIRECTORY,
                "no active person of the directory is " + username, null));
    }
}

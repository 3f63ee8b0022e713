package pe.ceropapel.frontend.security;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.directory.FindPersonQuery;
import pe.ceropapel.api.directory.PersonView;
import pe.ceropapel.frontend.FrontendProperties;

/**
 * The active person of the directory that an identity asserted by the entity's identity provider
 * names: one claim of its ID token or access token ({@code preferred_username} unless configured)
 * holds the person's username.
 */
@Component
class DirectoryIdentities {

    private final QueryGateway queries;
    private final String usernameClaim;

    DirectoryIdentities(QueryGateway queries, FrontendProperties settings) {
        this.queries = queries;
        this.usernameClaim = settings.security().oidc().usernameClaim();
    }

    String usernameClaim() {
        return usernameClaim;
    }

    /** The claimed username, when the identity asserts one. */
    Optional<String> usernameOf(ClaimAccessor identity) {
        return Optional.ofNullable(identity.getClaimAsString(usernameClaim)).filter(username -> !username.isBlank());
    }

    /** The person the identity names, unless the directory has none by that username or they are inactive. */
    Optional<PersonView> personOf(ClaimAccessor identity) {
        return usernameOf(identity)
                .flatMap(username -> queries.query(new FindPersonQuery(username),
                        ResponseTypes.optionalInstanceOf(PersonView.class)).join())
                .filter(PersonView::active);
    }
}

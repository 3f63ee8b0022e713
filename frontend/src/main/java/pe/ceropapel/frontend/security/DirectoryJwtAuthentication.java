package pe.ceropapel.frontend.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import pe.ceropapel.api.directory.PersonView;

/**
 * Authenticates an API request with a bearer token of the identity provider as the person of the
 * directory the token names, with the directory's roles; a token naming no active person gets 401.
 */
final class DirectoryJwtAuthentication implements Converter<Jwt, AbstractAuthenticationToken> {

    private final DirectoryIdentities identities;

    DirectoryJwtAuthentication(DirectoryIdentities identities) {
        this.identities = identities;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        PersonView person = identities.personOf(token)
                .orElseThrow(() -> new BadCredentialsException("the token names no active person of the directory"));
        return new JwtAuthenticationToken(token, PersonAuthorities.of(person), person.username());
    }
}

package pe.ceropapel.frontend.security;

import java.util.List;
import java.util.stream.StreamSupport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The entity's OpenID Connect identity providers that people sign in with, as configured under
 * {@code spring.security.oauth2.client.registration}; none means people sign in with a password.
 */
@Component
public class IdentityProviders {

    private final List<ClientRegistration> registrations;

    IdentityProviders(ObjectProvider<InMemoryClientRegistrationRepository> repository) {
        this.registrations = repository.stream()
                .flatMap(registered -> StreamSupport.stream(registered.spliterator(), false))
                .toList();
    }

    public List<ClientRegistration> all() {
        return registrations;
    }

    boolean configured() {
        return !registrations.isEmpty();
    }
}

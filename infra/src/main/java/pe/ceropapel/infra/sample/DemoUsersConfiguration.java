package pe.ceropapel.infra.sample;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import pe.ceropapel.api.directory.FindPersonQuery;
import pe.ceropapel.api.directory.PersonView;
import pe.ceropapel.frontend.security.PersonAuthorities;
import pe.ceropapel.infra.embedded.EmbeddedEnginesCondition;

/**
 * Logins of the embedded profile, all with the password {@code demo}, so that the API works with
 * {@code curl -u}: every person of the directory, with the roles the directory gives them (a
 * deactivated person cannot log in), and the demo people as they are seeded, so that an
 * administrator exists before the directory does. Production signs people in with the entity's
 * identity provider instead (OpenID Connect, see {@code SecurityConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoUsersConfiguration.DemoLogins.class)
class DemoUsersConfiguration {

    /**
     * With the embedded engines, or on a development instance that reaches another one's engines and
     * asks for them ({@code ceropapel.security.demo-logins=true}); never under the {@code prod} profile.
     */
    static class DemoLogins extends AnyNestedCondition {

        DemoLogins() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @Conditional(EmbeddedEnginesCondition.class)
        static class Embedded {
        }

        @Profile("!prod")
        @ConditionalOnProperty(name = "ceropapel.security.demo-logins", havingValue = "true")
        static class Asked {
        }
    }

    static final String PASSWORD = "demo";

    /**
     * HTTP Basic checks the password on every API request: the minimum bcrypt cost keeps that under a
     * millisecond (the demo password is public anyway). With Spring's default encoder the first login
     * "upgrades" each hash to cost 10, and every later request then spends about 100 ms of CPU.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(4);
    }

    @Bean
    UserDetailsService demoUsers(PasswordEncoder passwordEncoder, QueryGateway queries) {
        String hash = passwordEncoder.encode(PASSWORD);
        return username -> fromDirectory(queries, username)
                .or(() -> DemoDirectory.PEOPLE.stream()
                        .filter(person -> person.username().equals(username))
                        .findFirst()
                        .map(person -> new PersonView(person.username(), person.fullName(), person.officeCode(),
                                person.roles(), true)))
                .map(person -> login(person, hash))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    private static Optional<PersonView> fromDirectory(QueryGateway queries, String username) {
        return queries.query(new FindPersonQuery(username), ResponseTypes.optionalInstanceOf(PersonView.class)).join();
    }

    private static UserDetails login(PersonView person, String hash) {
        return User.withUsername(person.username())
                .password(hash)
                .disabled(!person.active())
                .authorities(PersonAuthorities.of(person))
                .build();
    }
}

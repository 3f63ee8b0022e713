package pe.ceropapel.infra.sample;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import pe.ceropapel.api.directory.PersonRole;
import pe.ceropapel.infra.embedded.EmbeddedEnginesCondition;

/**
 * Logins for the demo people of the embedded profile, all with the password {@code demo}, so that
 * the API works with {@code curl -u}. Production authenticates through its identity provider instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedEnginesCondition.class)
class DemoUsersConfiguration {

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
    UserDetailsService demoUsers(PasswordEncoder passwordEncoder) {
        String hash = passwordEncoder.encode(PASSWORD);
        List<UserDetails> users = DemoDirectory.PEOPLE.stream()
                .map(person -> User.withUsername(person.username()).password(hash)
                        .roles(Stream.concat(Stream.of(PersonRole.EMPLOYEE), person.roles().stream())
                                .map(Enum::name).distinct().toArray(String[]::new))
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }
}

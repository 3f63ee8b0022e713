package pe.ceropapel.infra.embedded;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Demo users of the embedded profile, all with the password {@code demo}, so that the API works with
 * {@code curl -u}. Production authenticates through its identity provider instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedEnginesCondition.class)
class DemoUsersConfiguration {

    static final String PASSWORD = "demo";

    /** Username and roles of each demo person. */
    private record DemoUser(String username, String... roles) {
    }

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "ADMIN", "EMPLOYEE"),
            new DemoUser("mquispe", "EMPLOYEE"),
            new DemoUser("jperez", "EMPLOYEE", "HEAD"),
            new DemoUser("rhuaman", "EMPLOYEE"),
            new DemoUser("lrojas", "EMPLOYEE", "HEAD"),
            new DemoUser("cmesa", "EMPLOYEE", "CLERK"));

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
        List<UserDetails> users = USERS.stream()
                .map(user -> User.withUsername(user.username()).password(hash).roles(user.roles()).build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }
}

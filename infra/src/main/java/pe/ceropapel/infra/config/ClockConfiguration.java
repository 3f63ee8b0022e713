package pe.ceropapel.infra.config;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Dates that people read (such as the year of a document number) are those of Lima. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    static final ZoneId LIMA = ZoneId.of("America/Lima");

    @Bean
    Clock clock() {
        return Clock.system(LIMA);
    }
}

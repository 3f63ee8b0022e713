package pe.ceropapel.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

class EmbeddedEnginesConditionTests {

    @Configuration(proxyBeanMethods = false)
    static class Engines {

        @Bean
        @Conditional(EmbeddedEnginesCondition.class)
        String embedded() {
            return "embedded";
        }

        @Bean
        @Conditional(EmbeddedEnginesCondition.Absent.class)
        Integer external() {
            return 1;
        }
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Engines.class);

    @Test
    void shouldStartEmbeddedEnginesWithoutAnyConfiguration() {
        runner.run(context -> {
            assertThat(context).hasBean("embedded");
            assertThat(context).doesNotHaveBean("external");
        });
    }

    @Test
    void shouldStartNothingEmbeddedWithTheProdProfile() {
        runner.withPropertyValues("spring.profiles.active=prod").run(context -> {
            assertThat(context).doesNotHaveBean("embedded");
            assertThat(context).hasBean("external");
        });
    }

    @Test
    void shouldStartNothingEmbeddedWhenAnyExternalEndpointIsConfigured() {
        for (String property : EmbeddedEnginesCondition.EXTERNAL_ENDPOINTS) {
            runner.withPropertyValues(property + "=http://db.example:1234").run(context -> {
                assertThat(context).as(property).doesNotHaveBean("embedded");
                assertThat(context).as(property).hasBean("external");
            });
        }
    }
}

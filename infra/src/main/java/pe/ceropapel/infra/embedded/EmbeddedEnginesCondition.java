package pe.ceropapel.infra.embedded;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The embedded engines start unless the {@code prod} profile is active or any external endpoint is
 * configured: then the application uses external PostgreSQL, Elasticsearch and S3 only.
 */
public class EmbeddedEnginesCondition extends SpringBootCondition {

    static final List<String> EXTERNAL_ENDPOINTS =
            List.of("spring.datasource.url", "spring.elasticsearch.uris", "ceropapel.storage.endpoint");

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return outcome(context.getEnvironment());
    }

    /** Whether the embedded engines start in this environment (before any bean is made). */
    public static boolean isEmbedded(Environment environment) {
        return outcome(environment).isMatch();
    }

    private static ConditionOutcome outcome(Environment environment) {
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            return ConditionOutcome.noMatch("the prod profile is active");
        }
        for (String property : EXTERNAL_ENDPOINTS) {
            if (environment.containsProperty(property)) {
                return ConditionOutcome.noMatch(property + " names an external engine");
            }
        }
        return ConditionOutcome.match("no external engine is configured");
    }

    /** Matches exactly when the embedded engines do not start. */
    public static class Absent extends SpringBootCondition {

        private final EmbeddedEnginesCondition embedded = new EmbeddedEnginesCondition();

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            ConditionOutcome outcome = embedded.getMatchOutcome(context, metadata);
            return new ConditionOutcome(!outcome.isMatch(), outcome.getConditionMessage());
        }
    }
}

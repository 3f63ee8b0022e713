package pe.ceropapel.infra.sample;

import java.io.ByteArrayInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import pe.ceropapel.frontend.document.DocumentMetadata;
import pe.ceropapel.frontend.document.DocumentRegistration;
import pe.ceropapel.infra.embedded.EmbeddedEnginesCondition;

/**
 * On the first start of the embedded profile (an empty event store), registers demo documents of
 * INACAL's offices through the same path as an upload, so the demo has something to search.
 */
@Component
@Conditional(EmbeddedEnginesCondition.class)
@ConditionalOnProperty(name = "ceropapel.sample-data", havingValue = "true", matchIfMissing = true)
class SampleDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleDataSeeder.class);

    private final JdbcTemplate jdbc;
    private final DocumentRegistration registration;

    SampleDataSeeder(JdbcTemplate jdbc, DocumentRegistration registration) {
        this.jdbc = jdbc;
        this.registration = registration;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Boolean anyEvent = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM domainevententry)", Boolean.class);
        if (Boolean.TRUE.equals(anyEvent)) {
            return;
        }
        for (SampleDocument sample : SampleDocument.ALL) {
            DocumentMetadata metadata = new DocumentMetadata(sample.type(), sample.subject(), sample.office());
            registration.register(metadata, sample.author(), new ByteArrayInputStream(LetterheadPdf.render(sample)));
        }
        log.info("Registered {} sample documents", SampleDocument.ALL.size());
    }
}

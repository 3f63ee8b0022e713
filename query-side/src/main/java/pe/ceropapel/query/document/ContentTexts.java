package pe.ceropapel.query.document;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.storage.IntegrityViolationException;
import pe.ceropapel.storage.ObjectMissingException;
import pe.ceropapel.storage.ObjectStorage;

/**
 * The text of a document's stored PDF, for indexing. A PDF missing from the store, or whose bytes
 * no longer have their digest, is that one document's problem, never the projection's: it is
 * logged as an error, counted ({@code ceropapel.projection.content.unreadable}, tagged
 * {@code problem=missing|corrupt}), and the document is indexed without text and marked; the events
 * after it go on being projected. Only an unreachable store stops the projection, which retries.
 */
@Component
public class ContentTexts {

    private static final Logger log = LoggerFactory.getLogger(ContentTexts.class);

    /** A content version's text (null when it has none) and whether its bytes could not be read. */
    record Text(String value, boolean unreadable) {
    }

    private final ObjectStorage storage;
    private final PdfTextExtractor extractor;
    private final Counter missing;
    private final Counter corrupt;

    ContentTexts(ObjectStorage storage, PdfTextExtractor extractor, MeterRegistry meters) {
        this.storage = storage;
        this.extractor = extractor;
        this.missing = unreadable(meters, "missing");
        this.corrupt = unreadable(meters, "corrupt");
    }

    private static Counter unreadable(MeterRegistry meters, String problem) {
        return Counter.builder("ceropapel.projection.content.unreadable")
                .description("Content versions indexed without text because their stored PDF could not be read")
                .tag("problem", problem)
                .register(meters);
    }

    /** @throws IOException when the store cannot be reached: the projection retries the event later */
    Text of(String documentId, ContentRef content) throws IOException {
        try {
            return new Text(extractor.extract(content.objectKey(),
                    () -> storage.open(content.objectKey(), content.sha256())).orElse(null), false);
        } catch (ObjectMissingException e) {
            missing.increment();
            log.error("The PDF {} of document {} is missing from the object store; indexed without its text",
                    content.objectKey(), documentId);
        } catch (IntegrityViolationException e) {
            corrupt.increment();
            log.error("The PDF {} of document {} does not have its SHA-256 in the object store; indexed without its "
                    + "text: {}", content.objectKey(), documentId, e.getMessage());
        }
        return new Text(null, true);
    }
}

package pe.ceropapel.query.document;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.document.DocumentRegisteredEvent;
import pe.ceropapel.storage.ObjectStorage;

/**
 * Keeps the {@code documents} index up to date. Each write carries the event's aggregate sequence
 * number as an external version, so a replayed or late event can never roll a document back.
 */
@Component
@DependsOn("documentsIndex")
@ProcessingGroup(DocumentProjection.PROCESSING_GROUP)
class DocumentProjection {

    static final String PROCESSING_GROUP = "documents";
    private static final int VERSION_CONFLICT = 409;
    private static final Logger log = LoggerFactory.getLogger(DocumentProjection.class);

    private final ElasticsearchClient client;
    private final ObjectStorage storage;
    private final PdfTextExtractor textExtractor;

    DocumentProjection(ElasticsearchClient client, ObjectStorage storage, PdfTextExtractor textExtractor) {
        this.client = client;
        this.storage = storage;
        this.textExtractor = textExtractor;
    }

    @EventHandler
    void on(DocumentRegisteredEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp)
            throws IOException {
        ContentRef content = event.content();
        String text;
        try (InputStream pdf = storage.open(content.objectKey(), content.sha256())) {
            text = textExtractor.extract(pdf, content.objectKey()).orElse(null);
        }
        IndexedDocument document = new IndexedDocument(event.documentId(), event.type().name(), event.subject(),
                event.officeCode(), event.author(), content.objectKey(), content.sha256(), content.size(),
                content.pages(), timestamp.toString(), text, text != null);
        write(event.documentId(), sequence, document);
    }

    private void write(String documentId, long sequence, IndexedDocument document) throws IOException {
        try {
            client.index(i -> i.index(DocumentsIndex.ALIAS)
                    .id(documentId)
                    .version(sequence)
                    .versionType(VersionType.External)
                    .document(document));
        } catch (ElasticsearchException e) {
            if (e.status() != VERSION_CONFLICT) {
                throw e;
            }
            log.debug("Document {} already has version {} or newer; event skipped", documentId, sequence);
        }
    }
}

package pe.ceropapel.query.document;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.document.ContentReplacedEvent;
import pe.ceropapel.api.document.DocumentAnnulledEvent;
import pe.ceropapel.api.document.DocumentArchivedEvent;
import pe.ceropapel.api.document.DocumentIssuedEvent;
import pe.ceropapel.api.document.DocumentNumberedEvent;
import pe.ceropapel.api.document.DocumentRegisteredEvent;
import pe.ceropapel.api.document.DocumentRejectedEvent;
import pe.ceropapel.api.document.DocumentSignedEvent;
import pe.ceropapel.api.document.DocumentState;
import pe.ceropapel.api.document.DraftDiscardedEvent;
import pe.ceropapel.api.document.DraftEditedEvent;
import pe.ceropapel.storage.ObjectStorage;

/**
 * Keeps the {@code documents} index up to date: metadata, state, number and the current content
 * version with its text. Each write carries the event's aggregate sequence number as an external
 * version, so a replayed or late event can never roll a document back.
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
        String text = textOf(content);
        write(event.documentId(), sequence, new IndexedDocument(event.documentId(), event.type().name(),
                event.subject(), event.officeCode(), event.author(), DocumentState.DRAFT.name(), null, 1,
                content.objectKey(), content.sha256(), content.size(), content.pages(), timestamp.toString(), text,
                text != null));
    }

    @EventHandler
    void on(ContentReplacedEvent event, @SequenceNumber long sequence) throws IOException {
        newContent(event.documentId(), sequence, event.version(), event.content());
    }

    @EventHandler
    void on(DocumentSignedEvent event, @SequenceNumber long sequence) throws IOException {
        newContent(event.documentId(), sequence, event.version(), event.content());
    }

    @EventHandler
    void on(DraftEditedEvent event, @SequenceNumber long sequence) throws IOException {
        update(event.documentId(), sequence, document -> document.withSubject(event.subject()));
    }

    @EventHandler
    void on(DocumentNumberedEvent event, @SequenceNumber long sequence) throws IOException {
        update(event.documentId(), sequence, document -> document.withNumber(event.number().text()));
    }

    @EventHandler
    void on(DocumentIssuedEvent event, @SequenceNumber long sequence) throws IOException {
        update(event.documentId(), sequence, document -> document.withState(DocumentState.ISSUED.name()));
    }

    @EventHandler
    void on(DocumentRejectedEvent event, @SequenceNumber long sequence) throws IOException {
        update(event.documentId(), sequence, document -> document.withState(DocumentState.DRAFT.name()));
    }

    @EventHandler
    void on(DraftDiscardedEvent event, @SequenceNumber long sequence) throws IOException {
        update(event.documentId(), sequence, document -> document.withState(DocumentState.DISCARDED.name()));
    }

    @EventHandler
    void on(DocumentAnnulledEvent event, @SequenceNumber long sequence) throws IOException {
        update(event.documentId(), sequence, document -> document.withState(DocumentState.ANNULLED.name()));
    }

    @EventHandler
    void on(DocumentArchivedEvent event, @SequenceNumber long sequence) throws IOException {
        update(event.documentId(), sequence, document -> document.withState(DocumentState.ARCHIVED.name()));
    }

    private void newContent(String documentId, long sequence, int version, ContentRef content) throws IOException {
        String text = textOf(content);
        update(documentId, sequence, document -> document.withContent(version, content.objectKey(), content.sha256(),
                content.size(), content.pages(), text));
    }

    private String textOf(ContentRef content) throws IOException {
        try (InputStream pdf = storage.open(content.objectKey(), content.sha256())) {
            return textExtractor.extract(pdf, content.objectKey()).orElse(null);
        }
    }

    private void update(String documentId, long sequence, UnaryOperator<IndexedDocument> change) throws IOException {
        var current = client.get(g -> g.index(DocumentsIndex.ALIAS).id(documentId), IndexedDocument.class);
        if (!current.found()) {
            throw new IllegalStateException("document " + documentId + " is not indexed yet; its registration comes first");
        }
        write(documentId, sequence, change.apply(current.source()));
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

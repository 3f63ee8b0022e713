package pe.ceropapel.query.timeline;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import pe.ceropapel.api.casefile.CaseFileOpenedEvent;
import pe.ceropapel.api.casefile.DocumentAddedToCaseFileEvent;
import pe.ceropapel.api.casefile.ReceiptIssuedEvent;
import pe.ceropapel.query.readmodel.IndexWrites;
import pe.ceropapel.query.readmodel.ReadModelIndices;
import pe.ceropapel.query.readmodel.ReadModels;

/** Keeps the {@code case-files} index up to date: tracking code, access key digest and documents. */
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class CaseFileProjection {

    private final ElasticsearchClient client;
    private final String index;

    public CaseFileProjection(ElasticsearchClient client, ReadModelIndices indices) {
        this.client = client;
        this.index = indices.caseFiles();
    }

    @EventHandler
    void on(CaseFileOpenedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        CaseFileEntry entry = new CaseFileEntry();
        entry.caseFileId = event.caseFileId();
        entry.trackingCode = event.trackingCode();
        entry.accessKeySha256 = event.accessKeySha256();
        entry.subject = event.subject();
        entry.origin = event.origin().name();
        entry.officeCode = event.officeCode();
        entry.openedAt = timestamp.toString();
        entry.documentIds.add(event.firstDocumentId());
        IndexWrites.current(client).create(index, event.caseFileId(), sequence, entry);
    }

    @EventHandler
    void on(ReceiptIssuedEvent event, @SequenceNumber long sequence) throws IOException {
        IndexWrites.current(client).update(index, event.caseFileId(), sequence, CaseFileEntry.class, entry -> {
            entry.receipt = event.receipt();
            return entry;
        });
    }

    @EventHandler
    void on(DocumentAddedToCaseFileEvent event, @SequenceNumber long sequence) throws IOException {
        IndexWrites.current(client).update(index, event.caseFileId(), sequence, CaseFileEntry.class, entry -> {
            entry.documentIds.add(event.documentId());
            return entry;
        });
    }
}

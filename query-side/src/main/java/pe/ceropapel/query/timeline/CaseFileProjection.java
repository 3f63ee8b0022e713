package pe.ceropapel.query.timeline;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import pe.ceropapel.api.casefile.CaseFileOpenedEvent;
import pe.ceropapel.api.casefile.DocumentAddedToCaseFileEvent;
import pe.ceropapel.query.readmodel.IndexWrites;
import pe.ceropapel.query.readmodel.ReadModelIndices;
import pe.ceropapel.query.readmodel.ReadModels;

/** Keeps the {@code case-files} index up to date: tracking code, office and documents. */
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class CaseFileProjection {

    private final ElasticsearchClient client;
    private final String index;

    public CaseFileProjection(ElasticsearchClient client, ReadModelIndices indices) {
        this.client = client;
        this.index = indices.caseFiles();
    }

    @EventHandler
    void on(CaseFileOpenedEvent event, @SequenceNumber long sequence) {
        CaseFileEntry entry = new CaseFileEntry();
        entry.caseFileId = event.caseFileId();
        entry.trackingCode = event.trackingCode();
        entry.officeCode = event.officeCode();
        entry.documentIds.add(event.firstDocumentId());
        IndexWrites.current(client).create(index, event.caseFileId(), sequence, entry);
    }

    @EventHandler
    void on(DocumentAddedToCaseFileEvent event, @SequenceNumber long sequence) throws IOException {
        IndexWrites.current(client).update(index, event.caseFileId(), sequence, CaseFileEntry.class, entry -> {
            entry.documentIds.add(event.documentId());
            return entry;
        });
    }
}

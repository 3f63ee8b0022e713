package pe.ceropapel.query.timeline;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Instant;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import pe.ceropapel.api.casefile.CaseFileOpenedEvent;
import pe.ceropapel.api.casefile.DocumentAddedToCaseFileEvent;
import pe.ceropapel.api.casefile.ReceiptIssuedEvent;
import pe.ceropapel.api.document.DocumentNumberedEvent;
import pe.ceropapel.api.document.DocumentRegisteredEvent;
import pe.ceropapel.api.timeline.TimelineAction;
import pe.ceropapel.query.readmodel.IndexWrites;
import pe.ceropapel.query.readmodel.ReadModelIndices;
import pe.ceropapel.query.readmodel.ReadModels;

/**
 * Keeps what a citizen sees precomputed: each case file's view in the {@code tracking} index under
 * its tracking code, and what it takes from each document (label, public steps, case file) in the
 * {@code public-documents} index. {@link TimelineProjection} hands it every step it records.
 *
 * <p>Entries are written with the version of the event that creates them; every later change is
 * idempotent (a step is recorded once, by id; labels, filing and receipt are set) and amends them
 * without moving their version, so the steps of one event may come before or after the filing
 * that the same event causes.
 */
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class TrackingProjection {

    private final ElasticsearchClient client;
    private final ReadModelIndices indices;

    public TrackingProjection(ElasticsearchClient client, ReadModelIndices indices) {
        this.client = client;
        this.indices = indices;
    }

    @EventHandler
    void on(DocumentRegisteredEvent event, @SequenceNumber long sequence) {
        PublicDocumentEntry document = new PublicDocumentEntry();
        document.documentId = event.documentId();
        document.type = event.type().name();
        document.confidential = event.confidential();
        writes().create(indices.publicDocuments(), event.documentId(), sequence, document);
    }

    @EventHandler
    void on(DocumentNumberedEvent event) throws IOException {
        PublicDocumentEntry document = changeDocument(event.documentId(),
                entry -> entry.number = event.number().text());
        if (document.trackingCode != null) {
            changeCaseFile(document.trackingCode, caseFile -> caseFile.labels.put(document.documentId,
                    document.label()));
        }
    }

    @EventHandler
    void on(CaseFileOpenedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp)
            throws IOException {
        TrackingEntry caseFile = new TrackingEntry();
        caseFile.trackingCode = event.trackingCode();
        caseFile.accessKeySha256 = event.accessKeySha256();
        caseFile.subject = event.subject();
        caseFile.origin = event.origin().name();
        caseFile.openedAt = timestamp.toString();
        caseFile.firstDocumentId = event.firstDocumentId();
        caseFile.file(fileDocument(event.firstDocumentId(), event.trackingCode()));
        writes().create(indices.tracking(), event.trackingCode(), sequence, caseFile);
    }

    @EventHandler
    void on(DocumentAddedToCaseFileEvent event) throws IOException {
        String trackingCode = trackingCodeOf(event.caseFileId());
        PublicDocumentEntry document = fileDocument(event.documentId(), trackingCode);
        changeCaseFile(trackingCode, caseFile -> caseFile.file(document));
    }

    @EventHandler
    void on(ReceiptIssuedEvent event) throws IOException {
        changeCaseFile(trackingCodeOf(event.caseFileId()), caseFile -> caseFile.receipt = event.receipt());
    }

    /** Records {@code step}, the timeline's entry {@code stepId}, if a citizen may see it. */
    void record(String stepId, TimelineStep step) throws IOException {
        TimelineAction action = TimelineAction.valueOf(step.action);
        if (!PublicSteps.isPublic(action)) {
            return;
        }
        PublicStep publicStep = new PublicStep(stepId, step.documentId, step.at, step.position, step.action,
                step.office, PublicSteps.stateAfter(action).name());
        PublicDocumentEntry document = changeDocument(step.documentId, entry -> entry.record(publicStep));
        if (document.trackingCode != null) {
            changeCaseFile(document.trackingCode, caseFile -> caseFile.record(publicStep));
        }
    }

    private PublicDocumentEntry fileDocument(String documentId, String trackingCode) throws IOException {
        return changeDocument(documentId, entry -> entry.trackingCode = trackingCode);
    }

    /** Applies {@code change} to a document's entry and answers the entry as changed. */
    private PublicDocumentEntry changeDocument(String documentId, Consumer<PublicDocumentEntry> change)
            throws IOException {
        writes().amend(indices.publicDocuments(), documentId, PublicDocumentEntry.class, entry -> {
            change.accept(entry);
            return entry;
        });
        return writes().find(indices.publicDocuments(), documentId, PublicDocumentEntry.class).orElseThrow();
    }

    private void changeCaseFile(String trackingCode, Consumer<TrackingEntry> change) throws IOException {
        writes().amend(indices.tracking(), trackingCode, TrackingEntry.class, entry -> {
            change.accept(entry);
            return entry;
        });
    }

    private String trackingCodeOf(String caseFileId) throws IOException {
        return writes().find(indices.caseFiles(), caseFileId, CaseFileEntry.class)
                .orElseThrow(() -> new IllegalStateException("case file " + caseFileId + " is not indexed yet"))
                .trackingCode;
    }

    private IndexWrites writes() {
        return IndexWrites.current(client);
    }
}

package pe.ceropapel.query.document;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import pe.ceropapel.api.casefile.Applicant;
import pe.ceropapel.api.casefile.CaseFileOpenedEvent;
import pe.ceropapel.api.casefile.DocumentAddedToCaseFileEvent;
import pe.ceropapel.api.derivation.DerivationArchivedEvent;
import pe.ceropapel.api.derivation.DerivationAttendedEvent;
import pe.ceropapel.api.derivation.DerivationOverdueEvent;
import pe.ceropapel.api.derivation.DerivationReceivedEvent;
import pe.ceropapel.api.derivation.DerivationReturnedEvent;
import pe.ceropapel.api.derivation.DerivationState;
import pe.ceropapel.api.derivation.DocumentDerivedEvent;
import pe.ceropapel.api.document.AttachmentAddedEvent;
import pe.ceropapel.api.document.AttachmentRemovedEvent;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.document.ContentReplacedEvent;
import pe.ceropapel.api.document.DocumentAnnulledEvent;
import pe.ceropapel.api.document.DocumentArchivedEvent;
import pe.ceropapel.api.document.DocumentIssuedEvent;
import pe.ceropapel.api.document.DocumentNumberedEvent;
import pe.ceropapel.api.document.DocumentRegisteredEvent;
import pe.ceropapel.api.document.DocumentRejectedEvent;
import pe.ceropapel.api.document.DocumentResubmittedEvent;
import pe.ceropapel.api.document.DocumentSignedEvent;
import pe.ceropapel.api.document.DocumentState;
import pe.ceropapel.api.document.DraftDiscardedEvent;
import pe.ceropapel.api.document.DraftEditedEvent;
import pe.ceropapel.api.document.SignaturePlanSetEvent;
import pe.ceropapel.api.document.SignaturesExtendedEvent;
import pe.ceropapel.query.readmodel.IndexWrites;
import pe.ceropapel.query.readmodel.ReadModelIndices;
import pe.ceropapel.query.readmodel.ReadModels;

/**
 * Keeps the {@code documents} index up to date: metadata, state, number, the current content
 * version with its text, annexes, the signature plan and its progress, and who may read it.
 */
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class DocumentProjection {

    private static final Consumer<DocumentEntry> NOTHING_ELSE = entry -> {
    };

    private final ElasticsearchClient client;
    private final ContentTexts texts;
    private final String index;
    private final String caseFiles;

    public DocumentProjection(ElasticsearchClient client, ContentTexts texts, ReadModelIndices indices) {
        this.client = client;
        this.texts = texts;
        this.index = indices.documents();
        this.caseFiles = indices.caseFiles();
    }

    /** What this projection reads of a case file's entry. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CaseFileIds(String caseFileId, String trackingCode) {
    }

    @EventHandler
    void on(DocumentRegisteredEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp)
            throws IOException {
        DocumentEntry entry = new DocumentEntry();
        entry.documentId = event.documentId();
        entry.type = event.type().name();
        entry.subject = event.subject();
        entry.officeCode = event.officeCode();
        entry.author = event.author();
        entry.state = DocumentState.DRAFT.name();
        entry.registeredAt = timestamp.toString();
        entry.updatedAt = entry.registeredAt;
        entry.confidential = event.confidential();
        entry.readerPeople.add(event.author());
        entry.readerOffices.add(event.officeCode());
        setContent(entry, 1, event.content(), texts.of(event.documentId(), event.content()));
        IndexWrites.current(client).create(index, event.documentId(), sequence, entry);
    }

    @EventHandler
    void on(ContentReplacedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp)
            throws IOException {
        newContent(event.documentId(), sequence, timestamp, event.version(), event.content(), NOTHING_ELSE);
    }

    @EventHandler
    void on(DocumentSignedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp)
            throws IOException {
        newContent(event.documentId(), sequence, timestamp, event.version(), event.content(),
                entry -> entry.recordSignature(event.signer()));
    }

    @EventHandler
    void on(SignaturesExtendedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp)
            throws IOException {
        newContent(event.documentId(), sequence, timestamp, event.version(), event.content(), NOTHING_ELSE);
    }

    @EventHandler
    void on(DraftEditedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) throws IOException {
        update(event.documentId(), sequence, timestamp, entry -> {
            entry.subject = event.subject();
            entry.recipients = new ArrayList<>(event.recipients());
        });
    }

    @EventHandler
    void on(AttachmentAddedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp)
            throws IOException {
        update(event.documentId(), sequence, timestamp, entry -> entry.attachments.add(
                new DocumentEntry.AttachmentEntry(event.attachment().attachmentId(), event.attachment().fileName())));
    }

    @EventHandler
    void on(AttachmentRemovedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp)
            throws IOException {
        update(event.documentId(), sequence, timestamp,
                entry -> entry.attachments.removeIf(a -> a.attachmentId().equals(event.attachmentId())));
    }

    @EventHandler
    void on(SignaturePlanSetEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp)
            throws IOException {
        update(event.documentId(), sequence, timestamp, entry -> entry.planSignatures(event.signers().stream()
                .map(s -> new DocumentEntry.SignerEntry(s.username(), s.role().name(), false))
                .toList()));
    }

    @EventHandler
    void on(DocumentNumberedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp)
            throws IOException {
        update(event.documentId(), sequence, timestamp, entry -> entry.number = event.number().text());
    }

    @EventHandler
    void on(DocumentIssuedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp)
            throws IOException {
        changeState(event.documentId(), sequence, timestamp, DocumentState.ISSUED);
    }

    @EventHandler
    void on(DocumentRejectedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp)
            throws IOException {
        update(event.documentId(), sequence, timestamp, entry -> entry.observe(
                new DocumentEntry.ObservationEntry(event.signer(), event.reason(), timestamp.toString())));
    }

    @EventHandler
    void on(DocumentResubmittedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp)
            throws IOException {
        update(event.documentId(), sequence, timestamp, DocumentEntry::resubmit);
    }

    @EventHandler
    void on(DraftDiscardedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp)
            throws IOException {
        changeState(event.documentId(), sequence, timestamp, DocumentState.DISCARDED);
    }

    @EventHandler
    void on(DocumentAnnulledEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp)
            throws IOException {
        changeState(event.documentId(), sequence, timestamp, DocumentState.ANNULLED);
    }

    @EventHandler
    void on(DocumentArchivedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp)
            throws IOException {
        changeState(event.documentId(), sequence, timestamp, DocumentState.ARCHIVED);
    }

    /** A derivation lets its recipient (an office or a person of ours) and its sender read the document. */
    @EventHandler
    void on(DocumentDerivedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp)
            throws IOException {
        update(event.documentId(), sequence, timestamp, entry -> {
            entry.readerPeople.add(event.by());
            switch (event.kind()) {
                case OFFICE -> entry.readerOffices.add(event.recipient());
                case PERSON -> entry.readerPeople.add(event.recipient());
                case ENTITY -> {
                    // another entity reads what it receives, not our read model
                }
            }
            entry.addDerivation(new DocumentEntry.DerivationSummary(event.derivationId(), event.kind().name(),
                    event.recipient(), event.action().name(), event.dueDate() == null ? null : event.dueDate().toString(),
                    event.copy(), DerivationState.PENDING.name(), false));
            if (event.parentDerivationId() != null) {
                entry.changeDerivation(event.parentDerivationId(), d -> d.withState(DerivationState.DERIVED.name()));
            }
        });
    }

    /** Whoever received it for an office keeps reading it after changing office. */
    @EventHandler
    void on(DerivationReceivedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp)
            throws IOException {
        update(event.documentId(), sequence, timestamp, entry -> {
            entry.readerPeople.add(event.actor());
            entry.changeDerivation(event.derivationId(), d -> d.withState(DerivationState.RECEIVED.name()));
        });
    }

    @EventHandler
    void on(DerivationAttendedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp)
            throws IOException {
        changeDerivation(event.documentId(), event.derivationId(), sequence, timestamp, DerivationState.ATTENDED);
    }

    @EventHandler
    void on(DerivationReturnedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp)
            throws IOException {
        changeDerivation(event.documentId(), event.derivationId(), sequence, timestamp, DerivationState.RETURNED);
    }

    @EventHandler
    void on(DerivationArchivedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp)
            throws IOException {
        changeDerivation(event.documentId(), event.derivationId(), sequence, timestamp, DerivationState.ARCHIVED);
    }

    @EventHandler
    void on(DerivationOverdueEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp)
            throws IOException {
        update(event.documentId(), sequence, timestamp,
                entry -> entry.changeDerivation(event.derivationId(), DocumentEntry.DerivationSummary::markedOverdue));
    }

    /** Filing in a case file is the case file's event: it amends the entry without moving its version. */
    @EventHandler
    void on(CaseFileOpenedEvent event) throws IOException {
        Applicant applicant = event.applicant();
        fileIn(event.firstDocumentId(), event.caseFileId(), event.trackingCode(), applicant == null ? null
                : new DocumentEntry.ApplicantEntry(applicant.identityType() == null ? null
                        : applicant.identityType().name(), applicant.identityNumber(), applicant.name(),
                        applicant.email()));
    }

    @EventHandler
    void on(DocumentAddedToCaseFileEvent event) throws IOException {
        CaseFileIds caseFile = IndexWrites.current(client).find(caseFiles, event.caseFileId(), CaseFileIds.class)
                .orElseThrow(() -> new IllegalStateException("case file " + event.caseFileId() + " is not indexed yet"));
        fileIn(event.documentId(), event.caseFileId(), caseFile.trackingCode(), null);
    }

    /** @param applicant who filed the case file from outside, for the document that opened it; else null */
    private void fileIn(String documentId, String caseFileId, String trackingCode,
                        DocumentEntry.ApplicantEntry applicant) throws IOException {
        IndexWrites.current(client).amend(index, documentId, DocumentEntry.class, entry -> {
            entry.caseFileId = caseFileId;
            entry.trackingCode = trackingCode;
            if (applicant != null) {
                entry.applicant = applicant;
            }
            return entry;
        });
    }

    private void changeDerivation(String documentId, String derivationId, long sequence, Instant timestamp,
                                  DerivationState state) throws IOException {
        update(documentId, sequence, timestamp, entry -> entry.changeDerivation(derivationId,
                d -> d.withState(state.name())));
    }

    private void changeState(String documentId, long sequence, Instant timestamp, DocumentState state)
            throws IOException {
        update(documentId, sequence, timestamp, entry -> {
            entry.state = state.name();
            if (state != DocumentState.DRAFT) {
                entry.stopSigning();
            }
        });
    }

    private void newContent(String documentId, long sequence, Instant timestamp, int version, ContentRef content,
                            Consumer<DocumentEntry> alsoChange) throws IOException {
        DocumentEntry current = IndexWrites.current(client).find(index, documentId, DocumentEntry.class)
                .orElseThrow(() -> new IllegalStateException("document " + documentId + " is not indexed yet"));
        // a replayed event's write is dropped: no need to read its PDF
        ContentTexts.Text text = current.version >= version ? null : texts.of(documentId, content);
        update(documentId, sequence, timestamp, entry -> {
            setContent(entry, version, content, text);
            alsoChange.accept(entry);
        });
    }

    /** {@code text} is null for a replayed event, whose write is dropped anyway. */
    private static void setContent(DocumentEntry entry, int version, ContentRef content, ContentTexts.Text text) {
        entry.version = version;
        entry.objectKey = content.objectKey();
        entry.sha256 = content.sha256();
        entry.size = content.size();
        entry.pages = content.pages();
        entry.text = text == null ? null : text.value();
        entry.textExtracted = entry.text != null;
        entry.contentUnreadable = text != null && text.unreadable();
    }

    private void update(String documentId, long sequence, Instant timestamp, Consumer<DocumentEntry> change)
            throws IOException {
        IndexWrites.current(client).update(index, documentId, sequence, DocumentEntry.class, entry -> {
            change.accept(entry);
            entry.updatedAt = timestamp.toString();
            return entry;
        });
    }
}

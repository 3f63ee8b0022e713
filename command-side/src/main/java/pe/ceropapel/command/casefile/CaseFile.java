package pe.ceropapel.command.casefile;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static pe.ceropapel.command.Rules.require;

import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import pe.ceropapel.api.access.NotVisibleException;
import pe.ceropapel.api.casefile.AddDocumentToCaseFileCommand;
import pe.ceropapel.api.casefile.Applicant;
import pe.ceropapel.api.casefile.CaseFileOpenedEvent;
import pe.ceropapel.api.casefile.CaseOrigin;
import pe.ceropapel.api.casefile.DocumentAddedToCaseFileEvent;
import pe.ceropapel.api.casefile.EmailAddresses;
import pe.ceropapel.api.casefile.IdentityDocumentType;
import pe.ceropapel.api.casefile.OpenCaseFileCommand;
import pe.ceropapel.api.casefile.ReceiptIssuedEvent;
import pe.ceropapel.api.casefile.RecordReceiptCommand;
import pe.ceropapel.api.casefile.TrackingCode;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.storage.Sha256;

/** A case file (expediente): the documents of one matter, followed by its applicant with a tracking code. */
@Aggregate
public class CaseFile {

    static final int MAX_SUBJECT_LENGTH = 500;
    static final int MAX_NAME_LENGTH = 200;
    /** RUCs of persons with business (10), other entities (15, 17) and companies (20). */

    @AggregateIdentifier
    private String caseFileId;
    private CaseOrigin origin;
    private String officeCode;
    private ContentRef receipt;
    private final Set<String> documents = new HashSet<>();

    protected CaseFile() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public CaseFile(OpenCaseFileCommand command) {
        require(TrackingCode.isValid(command.trackingCode()), "the tracking code is not valid");
        require(Sha256.isHex(command.accessKeySha256()), "the access key must be given as its SHA-256");
        require(command.subject() != null && !command.subject().isBlank(), "a case file needs a subject");
        require(command.subject().length() <= MAX_SUBJECT_LENGTH, "the subject is too long");
        require(command.origin() != null, "a case file needs an origin");
        require(command.officeCode() != null && !command.officeCode().isBlank(), "a case file belongs to an office");
        require(command.firstDocumentId() != null, "a case file is opened by its first document");
        require(command.origin() == CaseOrigin.INTERNAL || command.applicant() != null,
                "a case from outside the entity needs its applicant");
        if (command.applicant() != null) {
            requireValidApplicant(command.applicant(), command.origin());
        }
        apply(new CaseFileOpenedEvent(command.caseFileId(), command.trackingCode(), command.accessKeySha256(),
                command.subject().strip(), command.origin(), command.applicant(), command.officeCode(),
                command.firstDocumentId()));
    }

    /**
     * Only those who take part in the case file file in it: people of the office that holds it (for a
     * request from outside, the mesa de partes that received it), and people whose office, or who
     * themselves, are in the flow of one of its documents (its office, a signer, a recipient of a
     * derivation). Everyone else, also for a confidential case file of another office or a citizen's
     * case file never sent to them, gets the answer of a case file that does not exist.
     */
    @CommandHandler
    void handle(AddDocumentToCaseFileCommand command, CaseFileParticipation participation) {
        require(command.documentId() != null && !command.documentId().isBlank(), "a document id is needed");
        if (!takesPart(command.filer(), command.officeCode(), participation)) {
            throw new NotVisibleException("case file", caseFileId);
        }
        if (documents.contains(command.documentId())) {
            return;
        }
        apply(new DocumentAddedToCaseFileEvent(caseFileId, command.documentId()));
    }

    private boolean takesPart(String filer, String filerOffice, CaseFileParticipation participation) {
        if (filer == null || filerOffice == null) {
            return false;
        }
        return filerOffice.equals(officeCode)
                || documents.stream().anyMatch(document -> participation.involves(document, filer, filerOffice));
    }

    /** A case file filed from outside gets one receipt; asking again changes nothing. */
    @CommandHandler
    void handle(RecordReceiptCommand command) {
        require(origin != CaseOrigin.INTERNAL, "only a case file filed from outside gets a receipt");
        require(command.receipt() != null, "a receipt is needed");
        if (receipt == null) {
            apply(new ReceiptIssuedEvent(caseFileId, command.receipt()));
        }
    }

    /** Another entity is reached through the exchange itself; a citizen or company needs an email address. */
    private static void requireValidApplicant(Applicant applicant, CaseOrigin origin) {
        require(applicant.identityType() != null, "the applicant needs a DNI or a RUC");
        require(applicant.identityType().accepts(applicant.identityNumber()),
                applicant.identityType() == IdentityDocumentType.DNI
                        ? "the DNI must have 8 digits" : "the RUC must have 11 digits and start with 10, 15, 17 or 20");
        require(applicant.name() != null && !applicant.name().isBlank(), "the applicant needs a name");
        require(applicant.name().length() <= MAX_NAME_LENGTH, "the applicant's name is too long");
        require(applicant.email() == null ? origin == CaseOrigin.AGENCY : EmailAddresses.isValid(applicant.email()),
                "the applicant needs a valid email address");
    }

    @EventSourcingHandler
    void on(ReceiptIssuedEvent event) {
        receipt = event.receipt();
    }

    @EventSourcingHandler
    void on(CaseFileOpenedEvent event) {
        caseFileId = event.caseFileId();
        origin = event.origin();
        officeCode = event.officeCode();
        documents.add(event.firstDocumentId());
    }

    @EventSourcingHandler
    void on(DocumentAddedToCaseFileEvent event) {
        documents.add(event.documentId());
    }
}

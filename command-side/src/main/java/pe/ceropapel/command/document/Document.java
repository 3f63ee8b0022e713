package pe.ceropapel.command.document;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static pe.ceropapel.command.Rules.require;
import static pe.ceropapel.command.Rules.requireState;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.spring.stereotype.Aggregate;
import pe.ceropapel.api.access.ActorCommand;
import pe.ceropapel.api.access.NotVisibleException;
import pe.ceropapel.api.derivation.DerivationAction;
import pe.ceropapel.api.derivation.DerivationReceivedEvent;
import pe.ceropapel.api.derivation.DerivationOverdueEvent;
import pe.ceropapel.api.derivation.DerivationState;
import pe.ceropapel.api.derivation.DerivationTarget;
import pe.ceropapel.api.derivation.DeriveDocumentCommand;
import pe.ceropapel.api.derivation.DocumentDerivedEvent;
import pe.ceropapel.api.interop.ExternalActors;
import pe.ceropapel.api.derivation.RecipientKind;
import pe.ceropapel.api.interop.PartnerEntity;
import pe.ceropapel.api.document.AcceptExternalDocumentCommand;
import pe.ceropapel.api.document.AddAttachmentCommand;
import pe.ceropapel.api.document.AnnulDocumentCommand;
import pe.ceropapel.api.document.ArchiveDocumentCommand;
import pe.ceropapel.api.document.AssignNumberCommand;
import pe.ceropapel.api.document.SignaturesExtendedEvent;
import pe.ceropapel.api.document.RecordArchivalExtensionCommand;
import pe.ceropapel.api.document.FindRemoteSignatureSessionCommand;
import pe.ceropapel.api.document.ClientSignatureRecordedEvent;
import pe.ceropapel.api.document.ClientSignatureStartedEvent;
import pe.ceropapel.api.document.RecordClientSignatureCommand;
import pe.ceropapel.api.document.RecordClientSignatureStartCommand;
import pe.ceropapel.api.document.RemoteSignatureStartedEvent;
import pe.ceropapel.api.document.RecordRemoteSignatureStartCommand;
import pe.ceropapel.api.document.VerificationCodeAssignedEvent;
import pe.ceropapel.api.document.AssignVerificationCodeCommand;
import pe.ceropapel.api.document.Attachment;
import pe.ceropapel.api.document.AttachmentAddedEvent;
import pe.ceropapel.api.document.AttachmentRemovedEvent;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.document.ContentReplacedEvent;
import pe.ceropapel.api.document.DiscardDraftCommand;
import pe.ceropapel.api.document.DocumentAnnulledEvent;
import pe.ceropapel.api.document.DocumentArchivedEvent;
import pe.ceropapel.api.document.DocumentIssuedEvent;
import pe.ceropapel.api.document.DocumentNumber;
import pe.ceropapel.api.document.DocumentNumberedEvent;
import pe.ceropapel.api.document.DocumentRegisteredEvent;
import pe.ceropapel.api.document.DocumentRejectedEvent;
import pe.ceropapel.api.document.DocumentResubmittedEvent;
import pe.ceropapel.api.document.DocumentSignedEvent;
import pe.ceropapel.api.document.DocumentState;
import pe.ceropapel.api.document.DocumentType;
import pe.ceropapel.api.document.DraftDiscardedEvent;
import pe.ceropapel.api.document.DraftEditedEvent;
import pe.ceropapel.api.document.EditDraftCommand;
import pe.ceropapel.api.document.PlannedSigner;
import pe.ceropapel.api.document.PrepareSignatureCommand;
import pe.ceropapel.api.document.RecordSignatureCommand;
import pe.ceropapel.api.document.RegisterDocumentCommand;
import pe.ceropapel.api.document.RejectDocumentCommand;
import pe.ceropapel.api.document.RemoveAttachmentCommand;
import pe.ceropapel.api.document.ReplaceContentCommand;
import pe.ceropapel.api.document.ResubmitDocumentCommand;
import pe.ceropapel.api.document.SetSignaturePlanCommand;
import pe.ceropapel.api.document.SignaturePlanSetEvent;
import pe.ceropapel.api.document.SignatureRole;
import pe.ceropapel.api.document.SignatureTurn;
import pe.ceropapel.command.directory.Directory;
import pe.ceropapel.command.directory.Office;
import pe.ceropapel.storage.ObjectStorage;
import pe.ceropapel.storage.Sha256;

/**
 * An official document of an office: its metadata, content versions, annexes, signature plan,
 * signatures, number and state. Every rule of its life is checked here.
 */
@Aggregate
public class Document {

    static final int MAX_SUBJECT_LENGTH = 500;
    static final int MAX_TEXT_LENGTH = 1000;
    static final int MAX_RECIPIENTS = 100;
    static final int MAX_SIGNERS = 20;
    static final String OVERDUE_DEADLINE = "derivation-overdue";
    private static final ZoneId LIMA = ZoneId.of("America/Lima");
    /** The states in which a document that is not confidential may be read by everyone. */
    private static final Set<DocumentState> OPEN_STATES = Set.of(DocumentState.ISSUED, DocumentState.ARCHIVED,
            DocumentState.ANNULLED);

    @AggregateIdentifier
    private String documentId;
    private DocumentType type;
    private String subject;
    private String officeCode;
    private String author;
    private boolean confidential;
    private DocumentState state;
    /** The people (and other entities) in the document's flow: author, planned signers, senders, recipients. */
    private final Set<String> flowPeople = new HashSet<>();
    /** The offices in the document's flow: its own and those it was derived to. */
    private final Set<String> flowOffices = new HashSet<>();
    private final List<ContentRef> versions = new ArrayList<>();
    /** The latest version the author gave (registered or replaced), before any signature on it. */
    private int authorVersion;
    /** Sent back to its author by a signer: no signature until the author sends it again. */
    private boolean observed;
    private List<String> recipients = List.of();
    private final Map<String, Attachment> attachments = new LinkedHashMap<>();
    private List<PlannedSigner> plan = List.of();
    private int signaturesDone;
    private DocumentNumber number;
    private Instant issuedAt;
    private String verificationCode;
    private boolean extendedForArchiving;
    private final Map<String, RemoteSignatureStartedEvent> remoteSessions = new HashMap<>();
    /** Open signing tickets by their SHA-256: each is used once, and none outlives the next signature. */
    private final Map<String, ClientSignatureStartedEvent> clientTickets = new HashMap<>();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<String, Derivation> derivations = new HashMap<>();

    protected Document() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public Document(RegisterDocumentCommand command) {
        require(command.documentId() != null && !command.documentId().isBlank(), "a document needs an id");
        require(command.type() != null, "a document needs a type");
        requireSubject(command.subject());
        require(command.officeCode() != null && Office.CODE.matcher(command.officeCode()).matches(),
                "the office code must look like INACAL/DM");
        require(command.author() != null && !command.author().isBlank(), "a document needs an author");
        requireValidContent(command.content());
        apply(new DocumentRegisteredEvent(command.documentId(), command.type(), command.subject().strip(),
                command.officeCode(), command.author(), command.content(), command.confidential()));
    }

    /**
     * A person who may not read the document gets the same answer as for a document that does not
     * exist, before any rule is checked: its rules, state and office are not told to them.
     */
    @CommandHandlerInterceptor
    Object requireVisible(CommandMessage<?> command, InterceptorChain chain, Directory directory) throws Exception {
        if (command.getPayload() instanceof ActorCommand acting && !readableBy(acting.actor(), directory)) {
            throw new NotVisibleException("document", documentId);
        }
        return chain.proceed();
    }

    /**
     * Whether {@code actor} may read the document, by the rule every search and read applies: the
     * people and offices in its flow, and, once issued, archived or annulled, everyone unless it is
     * confidential. A person's office counts only while they are active.
     */
    private boolean readableBy(String actor, Directory directory) {
        if (!confidential && OPEN_STATES.contains(state) || flowPeople.contains(actor)) {
            return true;
        }
        return actor != null && !ExternalActors.isEntity(actor) && directory.person(actor)
                .filter(person -> person.active() && flowOffices.contains(person.officeCode())).isPresent();
    }

    /**
     * Whether the person or their office is in the document's flow (its author or office, a planned
     * signer, a sender or recipient of one of its derivations): they take part in its case file.
     */
    public boolean involves(String username, String officeCode) {
        return flowPeople.contains(username) || officeCode != null && flowOffices.contains(officeCode);
    }

    @CommandHandler
    void handle(ReplaceContentCommand command) {
        requireEditableBy(command.actor());
        requireValidContent(command.content());
        apply(new ContentReplacedEvent(documentId, versions.size() + 1, command.content()));
    }

    @CommandHandler
    void handle(EditDraftCommand command, Directory directory) {
        requireEditableBy(command.actor());
        requireSubject(command.subject());
        List<String> recipients = command.recipients() == null ? List.of() : new ArrayList<>(command.recipients());
        require(recipients.size() <= MAX_RECIPIENTS, "a document has at most %s recipients", MAX_RECIPIENTS);
        require(recipients.stream().allMatch(r -> r != null && !r.isBlank()), "a recipient cannot be blank");
        require(new HashSet<>(recipients).size() == recipients.size(), "a recipient is named twice");
        for (String recipient : recipients) {
            require(recipientKind(recipient, directory) != null,
                    "the recipient %s is not an office or an active person of the entity", recipient);
        }
        apply(new DraftEditedEvent(documentId, command.subject().strip(), List.copyOf(recipients)));
    }

    @CommandHandler
    void handle(AddAttachmentCommand command) {
        requireEditableBy(command.actor());
        Attachment attachment = command.attachment();
        require(attachment != null && attachment.attachmentId() != null, "an annex needs an id");
        require(!attachments.containsKey(attachment.attachmentId()), "the annex is already attached");
        require(attachment.fileName() != null && !attachment.fileName().isBlank(), "an annex needs a file name");
        require(Sha256.isHex(attachment.sha256())
                        && ObjectStorage.keyFor(attachment.sha256()).equals(attachment.objectKey()),
                "the annex must be stored under its digest");
        require(attachment.size() > 0, "the annex is empty");
        apply(new AttachmentAddedEvent(documentId, attachment));
    }

    @CommandHandler
    void handle(RemoveAttachmentCommand command) {
        requireEditableBy(command.actor());
        require(attachments.containsKey(command.attachmentId()), "the document has no such annex");
        apply(new AttachmentRemovedEvent(documentId, command.attachmentId()));
    }

    @CommandHandler
    void handle(DiscardDraftCommand command) {
        requireEditableBy(command.actor());
        apply(new DraftDiscardedEvent(documentId));
    }

    @CommandHandler
    void handle(SetSignaturePlanCommand command, Directory directory) {
        requireEditableBy(command.actor());
        List<PlannedSigner> signers = command.signers() == null ? List.of() : new ArrayList<>(command.signers());
        require(!signers.isEmpty(), "a signature plan needs at least one signer");
        require(signers.size() <= MAX_SIGNERS, "a signature plan has at most %s signers", MAX_SIGNERS);
        require(signers.stream().allMatch(s -> s != null && s.username() != null && s.role() != null),
                "every signer needs a person and a role");
        require(signers.stream().map(PlannedSigner::username).distinct().count() == signers.size(),
                "a person appears twice in the signature plan");
        for (PlannedSigner signer : signers) {
            require(directory.person(signer.username()).filter(Directory.PersonEntry::active).isPresent(),
                    "the signer %s is not an active person of the entity", signer.username());
        }
        require(signers.subList(0, signers.size() - 1).stream().allMatch(s -> s.role() == SignatureRole.APPROVAL),
                "only the last signer signs; the others give their visto bueno");
        PlannedSigner last = signers.get(signers.size() - 1);
        require(last.role() == SignatureRole.SIGNATURE, "the plan must end with a signature");
        require(directory.person(last.username()).filter(p -> p.mayHead(officeCode)).isPresent(),
                "the final signer must be entitled to sign for %s", officeCode);
        apply(new SignaturePlanSetEvent(documentId, List.copyOf(signers)));
    }

    @CommandHandler
    SignatureTurn handle(PrepareSignatureCommand command, Directory directory) {
        PlannedSigner turn = requireEntitledTurnOf(command.signer(), directory);
        return new SignatureTurn(documentId, type, officeCode, turn.role(), currentVersion(), currentContent(),
                signaturesDone == plan.size() - 1, number, plan.size(), verificationCode);
    }

    @CommandHandler
    void handle(AssignVerificationCodeCommand command) {
        requireState(state == DocumentState.DRAFT, "only a draft gets a verification code");
        require(command.verificationCode() != null && !command.verificationCode().isBlank(),
                "a verification code is needed");
        if (verificationCode != null) {
            requireState(verificationCode.equals(command.verificationCode()),
                    "the document already has a verification code");
            return;
        }
        apply(new VerificationCodeAssignedEvent(documentId, command.verificationCode()));
    }

    @CommandHandler
    void handle(RecordRemoteSignatureStartCommand command, Directory directory) {
        PlannedSigner turn = requireEntitledTurnOf(command.signer(), directory);
        requireState(command.basedOnVersion() == currentVersion(),
                "the signature was prepared on version %s but the document is at version %s",
                command.basedOnVersion(), currentVersion());
        requireValidContent(command.prepared());
        require(command.sessionId() != null && !remoteSessions.containsKey(command.sessionId()),
                "the remote signature session exists");
        require(command.certificateChain() != null && !command.certificateChain().isEmpty(),
                "a remote signature needs the signer's certificate");
        apply(new RemoteSignatureStartedEvent(documentId, command.sessionId(), command.signer(), turn.role(),
                command.basedOnVersion(), command.prepared(), command.signingTime(),
                List.copyOf(command.certificateChain())));
    }

    @CommandHandler
    void handle(RecordClientSignatureStartCommand command, Directory directory) {
        PlannedSigner turn = requireEntitledTurnOf(command.signer(), directory);
        requireState(command.basedOnVersion() == currentVersion(),
                "the signature was prepared on version %s but the document is at version %s",
                command.basedOnVersion(), currentVersion());
        requireValidContent(command.prepared());
        require(command.ticketSha256() != null && !clientTickets.containsKey(command.ticketSha256()),
                "the signing ticket exists");
        require(command.expiresAt() != null, "a signing ticket expires");
        apply(new ClientSignatureStartedEvent(documentId, command.ticketSha256(), command.signer(), turn.role(),
                command.basedOnVersion(), command.prepared(), command.expiresAt()));
    }

    @CommandHandler
    void handle(RecordClientSignatureCommand command, Directory directory) {
        ClientSignatureStartedEvent ticket = clientTickets.get(command.ticketSha256());
        requireState(ticket != null && ticket.signer().equals(command.signer())
                        && ticket.basedOnVersion() == currentVersion(),
                "the signing ticket is unknown, used or out of date; ask for a new one");
        requireState(command.receivedAt().isBefore(ticket.expiresAt()), "the signing ticket expired at %s",
                ticket.expiresAt());
        recordSignature(command.signer(), ticket.role(), ticket.basedOnVersion(), command.signedContent(), directory);
        apply(new ClientSignatureRecordedEvent(documentId, command.ticketSha256(), ticket.basedOnVersion() + 1,
                command.certificate()));
    }

    @CommandHandler
    RemoteSignatureStartedEvent handle(FindRemoteSignatureSessionCommand command, Directory directory) {
        requireEntitledTurnOf(command.signer(), directory);
        RemoteSignatureStartedEvent session = remoteSessions.get(command.sessionId());
        requireState(session != null && session.signer().equals(command.signer())
                        && session.basedOnVersion() == currentVersion(),
                "the remote signature session is unknown or out of date; start a new one");
        return session;
    }

    @CommandHandler
    void handle(RecordArchivalExtensionCommand command) {
        requireState(state == DocumentState.ARCHIVED, "only an archived document is extended for archiving");
        requireState(!extendedForArchiving, "the document's signatures are already extended for archiving");
        requireState(command.basedOnVersion() == currentVersion(),
                "the extension was made on version %s but the document is at version %s",
                command.basedOnVersion(), currentVersion());
        requireValidContent(command.extended());
        apply(new SignaturesExtendedEvent(documentId, command.basedOnVersion(), currentVersion() + 1,
                command.extended(), "PAdES-BASELINE-LTA"));
    }

    @CommandHandler
    void handle(AssignNumberCommand command) {
        requireState(state == DocumentState.DRAFT && !plan.isEmpty() && signaturesDone == plan.size() - 1,
                "a document is numbered only when it goes to its final signature");
        require(command.number() != null && command.number().correlative() > 0, "a number is needed");
        if (number != null) {
            requireState(number.equals(command.number()), "the document already has the number %s", number.text());
            return;
        }
        apply(new DocumentNumberedEvent(documentId, command.number()));
    }

    @CommandHandler
    void handle(RecordSignatureCommand command, Directory directory) {
        recordSignature(command.signer(), command.role(), command.basedOnVersion(), command.signedContent(), directory);
    }

    private void recordSignature(String signer, SignatureRole role, int basedOnVersion, ContentRef signedContent,
                                 Directory directory) {
        PlannedSigner turn = requireEntitledTurnOf(signer, directory);
        require(turn.role() == role, "the plan expects %s from %s", turn.role(), signer);
        requireState(basedOnVersion == currentVersion(),
                "the signature was made on version %s but the document is at version %s",
                basedOnVersion, currentVersion());
        requireValidContent(signedContent);
        boolean last = signaturesDone == plan.size() - 1;
        requireState(!last || number != null, "the document needs its number before the final signature");
        apply(new DocumentSignedEvent(documentId, signer, role, basedOnVersion, currentVersion() + 1, signedContent));
        if (last) {
            apply(new DocumentIssuedEvent(documentId, number));
            deriveToRecipients(directory);
        }
    }

    /** On issue, the document goes to whom its author addressed it, each to attend it. */
    private void deriveToRecipients(Directory directory) {
        for (String recipient : recipients) {
            RecipientKind kind = recipientKind(recipient, directory);
            if (kind != null) {
                String derivationId = UUID.nameUUIDFromBytes((documentId + "/" + recipient)
                        .getBytes(StandardCharsets.UTF_8)).toString();
                apply(new DocumentDerivedEvent(documentId, derivationId, null, author, kind, recipient,
                        DerivationAction.ATENDER, null, false, null));
            }
        }
    }

    /** An office code names an office, else a username an active person; null for neither. */
    private static RecipientKind recipientKind(String recipient, Directory directory) {
        if (directory.office(recipient).isPresent()) {
            return RecipientKind.OFFICE;
        }
        return directory.person(recipient).filter(Directory.PersonEntry::active).isPresent()
                ? RecipientKind.PERSON : null;
    }

    @CommandHandler
    void handle(RejectDocumentCommand command) {
        requireTurnOf(command.signer());
        requireReason(command.reason());
        apply(new DocumentRejectedEvent(documentId, command.signer(), command.reason().strip()));
    }

    /**
     * The author sends an observed document again, with a new PDF or with the last one the author
     * gave: the signatures made before the observation do not carry over, and the plan restarts.
     */
    @CommandHandler
    void handle(ResubmitDocumentCommand command) {
        requireEditableBy(command.actor());
        requireState(observed, "only an observed document is sent to its signers again");
        requireState(!plan.isEmpty(), "the document has no signature plan");
        if (command.content() != null) {
            requireValidContent(command.content());
            apply(new ContentReplacedEvent(documentId, versions.size() + 1, command.content()));
        } else if (authorVersion != currentVersion()) {
            apply(new ContentReplacedEvent(documentId, versions.size() + 1, versions.get(authorVersion - 1)));
        }
        apply(new DocumentResubmittedEvent(documentId, command.actor(), currentVersion()));
    }

    @CommandHandler
    void handle(AcceptExternalDocumentCommand command) {
        requireState(state == DocumentState.DRAFT && plan.isEmpty() && signaturesDone == 0 && versions.size() == 1,
                "only a just-registered document from outside can be accepted as received");
        apply(new DocumentIssuedEvent(documentId, null));
    }

    @CommandHandler
    void handle(AnnulDocumentCommand command, Directory directory) {
        requireState(state == DocumentState.ISSUED || state == DocumentState.ARCHIVED,
                "only an issued document can be annulled");
        require(directory.person(command.actor()).filter(p -> p.mayHead(officeCode)).isPresent(),
                "only the head of %s can annul its documents", officeCode);
        requireReason(command.reason());
        apply(new DocumentAnnulledEvent(documentId, command.actor(), command.reason().strip()));
    }

    @CommandHandler
    void handle(ArchiveDocumentCommand command, Directory directory) {
        requireState(state == DocumentState.ISSUED, "only an issued document can be archived");
        require(directory.person(command.actor())
                        .filter(p -> p.active() && officeCode.equals(p.officeCode())).isPresent(),
                "only a person of %s can archive its documents", officeCode);
        apply(new DocumentArchivedEvent(documentId, command.actor()));
    }

    @CommandHandler
    void handle(DeriveDocumentCommand command, Directory directory, DeadlineManager deadlines) {
        requireState(state != DocumentState.ANNULLED, "an annulled document cannot be derived");
        if (command.parentDerivationId() == null) {
            requireState(state == DocumentState.ISSUED, "only an issued document can be derived");
            require(directory.person(command.actor())
                            .filter(p -> p.active() && officeCode.equals(p.officeCode())).isPresent(),
                    "only a person of %s can derive its documents", officeCode);
        } else {
            Derivation parent = derivations.get(command.parentDerivationId());
            require(parent != null, "the document has no such derivation");
            requireState(parent.state() == DerivationState.RECEIVED, "only a received derivation can be derived further");
            require(parent.isRecipient(command.actor(), directory), "%s is not a recipient of it", command.actor());
        }
        List<DerivationTarget> targets = command.targets() == null ? List.of() : new ArrayList<>(command.targets());
        require(!targets.isEmpty(), "a derivation needs at least one recipient");
        require(targets.size() <= MAX_RECIPIENTS, "a derivation has at most %s recipients", MAX_RECIPIENTS);
        require(command.comment() == null || command.comment().length() <= MAX_TEXT_LENGTH, "the comment is too long");
        Set<String> seen = new HashSet<>();
        for (DerivationTarget target : targets) {
            requireValidTarget(target, directory);
            require(seen.add(target.kind() + ":" + target.recipient()), "%s is named twice", target.recipient());
        }
        for (DerivationTarget target : targets) {
            apply(new DocumentDerivedEvent(documentId, target.derivationId(), command.parentDerivationId(),
                    command.actor(), target.kind(), target.recipient(), target.action(), target.dueDate(),
                    target.copy(), command.comment()));
            if (target.dueDate() != null && !target.copy()) {
                deadlines.schedule(endOfDay(target.dueDate()), OVERDUE_DEADLINE, target.derivationId());
            }
        }
    }

    @DeadlineHandler(deadlineName = OVERDUE_DEADLINE)
    void onDueDate(String derivationId) {
        Derivation derivation = derivations.get(derivationId);
        if (state != DocumentState.ANNULLED && derivation != null && derivation.state().isOpen()
                && !derivation.isOverdue()) {
            apply(new DerivationOverdueEvent(documentId, derivationId, derivation.dueDate()));
        }
    }

    private void requireValidTarget(DerivationTarget target, Directory directory) {
        require(target != null && target.derivationId() != null && !target.derivationId().isBlank(),
                "every recipient needs a derivation id");
        require(!derivations.containsKey(target.derivationId()), "the derivation %s exists", target.derivationId());
        require(target.kind() != null && target.recipient() != null && target.action() != null,
                "every recipient needs a kind, a name and an action");
        require(!target.copy() || target.action() == DerivationAction.CONOCIMIENTO,
                "a copy is sent for information (CONOCIMIENTO) only");
        boolean known = switch (target.kind()) {
            case OFFICE -> directory.office(target.recipient()).isPresent();
            case PERSON -> directory.person(target.recipient()).filter(Directory.PersonEntry::active).isPresent();
            case ENTITY -> directory.partner(target.recipient()).filter(PartnerEntity::active).isPresent();
        };
        require(known, "the recipient %s does not exist", target.recipient());
    }

    /** A due date ends at midnight in Lima, where the people who owe the answer work. */
    static Instant endOfDay(LocalDate dueDate) {
        return dueDate.plusDays(1).atStartOfDay(LIMA).toInstant();
    }

    private void requireEditableBy(String actor) {
        requireState(state == DocumentState.DRAFT, "the document is no longer a draft");
        requireState(signaturesDone == 0, "the document has signatures; reject it to edit it again");
        require(author.equals(actor), "only the author can change a draft");
    }

    private PlannedSigner requireTurnOf(String signer) {
        requireState(state == DocumentState.DRAFT, "the document is not waiting for signatures");
        requireState(!plan.isEmpty(), "the document has no signature plan");
        requireState(!observed, "the document was observed; it waits for its author to send a new version");
        require(plan.stream().anyMatch(s -> s.username().equals(signer)), "%s is not in the signature plan", signer);
        PlannedSigner next = plan.get(signaturesDone);
        requireState(next.username().equals(signer), "it is %s's turn to sign, not %s's", next.username(), signer);
        return next;
    }

    /**
     * The signer's turn, and they still hold the role the plan gave them: the final signer still heads
     * the origin office, a visto bueno still comes from an active person (the plan's rules for each).
     * A head moved to another office, or anyone deactivated, cannot sign on the plan's old word.
     */
    private PlannedSigner requireEntitledTurnOf(String signer, Directory directory) {
        PlannedSigner turn = requireTurnOf(signer);
        Optional<Directory.PersonEntry> person = directory.person(signer);
        if (turn.role() == SignatureRole.SIGNATURE) {
            requireState(person.filter(p -> p.mayHead(officeCode)).isPresent(),
                    "%s no longer heads %s: the document must be observed and given a new signature plan",
                    signer, officeCode);
        } else {
            requireState(person.filter(Directory.PersonEntry::active).isPresent(),
                    "the signer %s is no longer an active person of the entity", signer);
        }
        return turn;
    }

    private static void requireSubject(String subject) {
        require(subject != null && !subject.isBlank(), "a document needs a subject");
        require(subject.length() <= MAX_SUBJECT_LENGTH, "the subject is longer than %s characters", MAX_SUBJECT_LENGTH);
    }

    private static void requireReason(String reason) {
        require(reason != null && !reason.isBlank(), "a reason is needed");
        require(reason.length() <= MAX_TEXT_LENGTH, "the reason is longer than %s characters", MAX_TEXT_LENGTH);
    }

    private static void requireValidContent(ContentRef content) {
        require(content != null, "a document needs content");
        require(Sha256.isHex(content.sha256()), "the content digest must be a lowercase hexadecimal SHA-256");
        require(ObjectStorage.keyFor(content.sha256()).equals(content.objectKey()),
                "the content must be stored under its digest");
        require(content.size() > 0, "the content is empty");
        require(content.pages() > 0, "the content has no pages");
    }

    private int currentVersion() {
        return versions.size();
    }

    /**
     * What another entity receives of this document: it must be issued; its current (signed) content.
     *
     * @param number the official number, null for a type that is not numbered
     */
    public record SentDocument(DocumentType type, String number, String subject, String officeCode,
                               ContentRef content, Instant issuedAt, List<String> attachmentNames) {
    }

    public SentDocument toSend() {
        requireState(state == DocumentState.ISSUED, "only an issued document can be sent to another entity");
        return new SentDocument(type, number == null ? null : number.text(), subject, officeCode, currentContent(),
                issuedAt, attachments.values().stream().map(Attachment::fileName).toList());
    }

    private ContentRef currentContent() {
        return versions.get(versions.size() - 1);
    }

    @EventSourcingHandler
    void on(DocumentRegisteredEvent event) {
        documentId = event.documentId();
        type = event.type();
        subject = event.subject();
        officeCode = event.officeCode();
        author = event.author();
        confidential = event.confidential();
        flowPeople.add(event.author());
        flowOffices.add(event.officeCode());
        state = DocumentState.DRAFT;
        versions.add(event.content());
        authorVersion = versions.size();
    }

    @EventSourcingHandler
    void on(ContentReplacedEvent event) {
        versions.add(event.content());
        authorVersion = versions.size();
    }

    @EventSourcingHandler
    void on(AttachmentAddedEvent event) {
        attachments.put(event.attachment().attachmentId(), event.attachment());
    }

    @EventSourcingHandler
    void on(AttachmentRemovedEvent event) {
        attachments.remove(event.attachmentId());
    }

    @EventSourcingHandler
    void on(DraftDiscardedEvent event) {
        state = DocumentState.DISCARDED;
    }

    @EventSourcingHandler
    void on(SignaturePlanSetEvent event) {
        plan = List.copyOf(event.signers());
        event.signers().forEach(signer -> flowPeople.add(signer.username()));
    }

    @EventSourcingHandler
    void on(DocumentNumberedEvent event) {
        number = event.number();
    }

    @EventSourcingHandler
    void on(VerificationCodeAssignedEvent event) {
        verificationCode = event.verificationCode();
    }

    @EventSourcingHandler
    void on(RemoteSignatureStartedEvent event) {
        remoteSessions.put(event.sessionId(), event);
    }

    @EventSourcingHandler
    void on(ClientSignatureStartedEvent event) {
        clientTickets.put(event.ticketSha256(), event);
    }

    @EventSourcingHandler
    void on(DocumentSignedEvent event) {
        versions.add(event.content());
        signaturesDone++;
        remoteSessions.clear();
        clientTickets.clear();
        // before resubmission existed, a signer could sign again right after an observation
        observed = false;
    }

    @EventSourcingHandler
    void on(SignaturesExtendedEvent event) {
        versions.add(event.content());
        extendedForArchiving = true;
    }

    @EventSourcingHandler
    void on(DraftEditedEvent event) {
        subject = event.subject();
        recipients = List.copyOf(event.recipients());
    }

    @EventSourcingHandler
    void on(DocumentIssuedEvent event, @Timestamp Instant timestamp) {
        state = DocumentState.ISSUED;
        issuedAt = timestamp;
    }

    @EventSourcingHandler
    void on(DocumentRejectedEvent event) {
        signaturesDone = 0;
        remoteSessions.clear();
        clientTickets.clear();
        observed = true;
    }

    @EventSourcingHandler
    void on(DocumentResubmittedEvent event) {
        observed = false;
    }

    @EventSourcingHandler
    void on(DocumentAnnulledEvent event) {
        state = DocumentState.ANNULLED;
    }

    @EventSourcingHandler
    void on(DocumentDerivedEvent event) {
        derivations.put(event.derivationId(), new Derivation(event));
        flowPeople.add(event.by());
        switch (event.kind()) {
            case OFFICE -> flowOffices.add(event.recipient());
            case PERSON -> flowPeople.add(event.recipient());
            case ENTITY -> flowPeople.add(ExternalActors.entity(event.recipient()));
        }
        if (event.parentDerivationId() != null) {
            derivations.get(event.parentDerivationId()).derivedFurther();
        }
    }

    /** Whoever received a derivation stays in the flow, even after moving to another office. */
    @EventSourcingHandler
    void on(DerivationReceivedEvent event) {
        flowPeople.add(event.actor());
    }

    @EventSourcingHandler
    void on(DocumentArchivedEvent event) {
        state = DocumentState.ARCHIVED;
    }
}

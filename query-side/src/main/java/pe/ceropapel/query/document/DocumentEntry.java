package pe.ceropapel.query.document;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * A document as the {@code documents} index holds it: its current state and content version, who
 * signs it, and who may read it. Sets are sorted, so that the same events always give the same JSON.
 */
final class DocumentEntry {

    public String documentId;
    public String type;
    public String subject;
    public String officeCode;
    public String author;
    public String state;
    public String number;
    public int version;
    public String objectKey;
    public String sha256;
    public long size;
    public int pages;
    public String registeredAt;
    public String updatedAt;
    public String text;
    public boolean textExtracted;
    /** The current version's PDF was missing from the store or damaged when it was indexed. */
    public boolean contentUnreadable;
    public boolean confidential;
    public List<String> recipients = new ArrayList<>();
    public List<AttachmentEntry> attachments = new ArrayList<>();
    public List<SignerEntry> signers = new ArrayList<>();
    public List<String> signedBy = new ArrayList<>();
    /** Where it was derived and how each recipient stands. */
    public List<DerivationSummary> derivations = new ArrayList<>();
    /** The case file it is filed in. */
    public String caseFileId;
    public String trackingCode;
    /** Whose signature the document waits for, and as what; null when it waits for none. */
    public String nextSigner;
    public String nextRole;
    /** Why a signer sent it back to its author; null once the author sends it again. */
    public ObservationEntry observation;
    /** Who filed it from outside the entity; null for a document of an office. */
    public ApplicantEntry applicant;
    /** The people and offices in the document's flow: they may read it, confidential or not. */
    public TreeSet<String> readerPeople = new TreeSet<>();
    public TreeSet<String> readerOffices = new TreeSet<>();

    /** One annex, by name. */
    public record AttachmentEntry(String attachmentId, String fileName) {
    }

    /** One recipient of a derivation and where it stands. */
    public record DerivationSummary(String derivationId, String kind, String recipient, String action, String dueDate,
                                    boolean copy, String state, boolean overdue) {

        DerivationSummary withState(String newState) {
            return new DerivationSummary(derivationId, kind, recipient, action, dueDate, copy, newState, overdue);
        }

        DerivationSummary markedOverdue() {
            return new DerivationSummary(derivationId, kind, recipient, action, dueDate, copy, state, true);
        }
    }

    /** A signer's observation: who, why and when. */
    public record ObservationEntry(String by, String reason, String at) {
    }

    /** Who filed a request from outside: DNI or RUC, name and email address. */
    public record ApplicantEntry(String identityType, String identityNumber, String name, String email) {
    }

    /** One step of the signature plan and whether it is done. */
    public record SignerEntry(String username, String role, boolean signed) {
    }

    void planSignatures(List<SignerEntry> plan) {
        signers = new ArrayList<>(plan);
        plan.forEach(signer -> readerPeople.add(signer.username()));
        advanceSigningTurn();
    }

    void recordSignature(String signer) {
        for (int i = 0; i < signers.size(); i++) {
            SignerEntry step = signers.get(i);
            if (!step.signed() && step.username().equals(signer)) {
                signers.set(i, new SignerEntry(step.username(), step.role(), true));
                break;
            }
        }
        signedBy.add(signer);
        // older streams let a signer sign again right after an observation
        observation = null;
        advanceSigningTurn();
    }

    /**
     * An observation sends the document back to its author: it waits for no signer, and every
     * planned signature is to be made again once the author sends it again.
     */
    void observe(ObservationEntry why) {
        observation = why;
        signers = new ArrayList<>(signers.stream().map(s -> new SignerEntry(s.username(), s.role(), false)).toList());
        signedBy = new ArrayList<>();
        stopSigning();
    }

    /** The author sent it again: the plan starts from its first signer. */
    void resubmit() {
        observation = null;
        advanceSigningTurn();
    }

    void stopSigning() {
        nextSigner = null;
        nextRole = null;
    }

    void addDerivation(DerivationSummary derivation) {
        derivations.add(derivation);
    }

    void changeDerivation(String derivationId, UnaryOperator<DerivationSummary> change) {
        derivations.replaceAll(d -> d.derivationId().equals(derivationId) ? change.apply(d) : d);
    }

    private void advanceSigningTurn() {
        stopSigning();
        if (observation != null) {
            return;
        }
        signers.stream().filter(step -> !step.signed()).findFirst().ifPresent(step -> {
            nextSigner = step.username();
            nextRole = step.role();
        });
    }
}

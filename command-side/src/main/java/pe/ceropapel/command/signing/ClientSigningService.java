package pe.ceropapel.command.signing;

import static pe.ceropapel.command.Rules.require;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.X500Name;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.document.DocumentNumber;
import pe.ceropapel.api.document.PrepareSignatureCommand;
import pe.ceropapel.api.document.RecordClientSignatureCommand;
import pe.ceropapel.api.document.RecordClientSignatureStartCommand;
import pe.ceropapel.api.document.SignatureTurn;
import pe.ceropapel.api.document.SignerCertificate;
import pe.ceropapel.command.clientsigning.ClientSigning;
import pe.ceropapel.command.clientsigning.ClientSigningOutcome;
import pe.ceropapel.command.clientsigning.ClientSigningRefusedException;
import pe.ceropapel.command.clientsigning.ClientSigningRefusedException.Reason;
import pe.ceropapel.command.clientsigning.ClientSigningRequest;
import pe.ceropapel.command.clientsigning.ClientSigningTicket;
import pe.ceropapel.command.intake.IncomingFile;
import pe.ceropapel.signature.batch.PdfArchives;
import pe.ceropapel.signature.pades.PadesSigner;
import pe.ceropapel.signature.pades.PdfSignatures;
import pe.ceropapel.signature.pades.SignatureReport;
import pe.ceropapel.signature.pades.SignatureValidator;
import pe.ceropapel.signature.pades.SigningRefusedException;
import pe.ceropapel.signature.pades.ValidationReport;
import pe.ceropapel.signature.stamp.StampBox;
import pe.ceropapel.storage.Sha256;

/** {@link ClientSigning} on the document's own signature commands, with tickets in {@link ClientSignatureTickets}. */
@Service
class ClientSigningService implements ClientSigning {

    /** How long a ticket may be used: time to choose a certificate and type a PIN, even for a batch. */
    static final Duration TICKET_LIFETIME = Duration.ofMinutes(30);
    static final int MAX_BATCH = PdfArchives.MAX_ENTRIES;

    private final SecureRandom random = new SecureRandom();
    private final CommandGateway commands;
    private final SigningWorkflow signing;
    private final SignedVersions versions;
    private final SignerCertificates certificates;
    private final ClientSignatureTickets tickets;
    private final SignatureValidator validator;
    private final Clock clock;

    ClientSigningService(CommandGateway commands, SigningWorkflow signing, SignedVersions versions,
                         SignerCertificates certificates, ClientSignatureTickets tickets, SignatureValidator validator,
                         Clock clock) {
        this.commands = commands;
        this.signing = signing;
        this.versions = versions;
        this.certificates = certificates;
        this.tickets = tickets;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public ClientSigningTicket issue(String signer, List<String> documentIds) {
        require(!documentIds.isEmpty() && documentIds.size() <= MAX_BATCH,
                "a signing ticket covers from 1 to %s documents", MAX_BATCH);
        require(documentIds.stream().distinct().count() == documentIds.size(), "a document is named twice");
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expiresAt = clock.instant().plus(TICKET_LIFETIME);
        for (String documentId : documentIds) {
            SignatureTurn turn = commands.sendAndWait(new PrepareSignatureCommand(documentId, signer));
            String code = signing.verificationCodeFor(turn);
            DocumentNumber number = signing.numberFor(turn);
            ContentRef prepared = versions.prepareForClient(turn, number, code);
            commands.sendAndWait(new RecordClientSignatureStartCommand(documentId, hash(ticket), signer, turn.version(),
                    prepared, expiresAt));
        }
        return new ClientSigningTicket(ticket, expiresAt, List.copyOf(documentIds));
    }

    @Override
    public ClientSigningRequest request(String ticket) {
        List<ClientSignatureTickets.Entry> entries = usable(ticket);
        List<ClientSignatureTickets.Entry> waiting = waiting(entries);
        // the protocol names one place for the stamp: only the first document is read for it
        StampBox stamp = inWorkspace(workspace -> PadesSigner.nextStamp(
                versions.copy(waiting.get(0).prepared(), workspace.resolve("prepared.pdf"))));
        ClientSignatureTickets.Entry first = entries.get(0);
        return new ClientSigningRequest(first.signer(), first.role(), entries.size() > 1,
                waiting.stream().map(ClientSignatureTickets.Entry::documentId).toList(), stamp);
    }

    @Override
    public void writeDocumentsToSign(String ticket, OutputStream out) throws IOException {
        List<ClientSignatureTickets.Entry> entries = usable(ticket);
        List<ClientSignatureTickets.Entry> waiting = waiting(entries);
        inWorkspace(workspace -> {
            if (entries.size() == 1) {
                Files.copy(versions.copy(waiting.get(0).prepared(), workspace.resolve("prepared.pdf")), out);
                return null;
            }
            Map<String, Path> files = new LinkedHashMap<>();
            for (ClientSignatureTickets.Entry entry : waiting) {
                files.put(entry.fileName(), versions.copy(entry.prepared(), workspace.resolve(entry.fileName())));
            }
            Path archive = PdfArchives.pack(files, workspace.resolve("por-firmar.7z"));
            Files.copy(archive, out);
            return null;
        });
    }

    @Override
    public List<ClientSigningOutcome> receive(String ticket, IncomingFile signed) throws IOException {
        List<ClientSignatureTickets.Entry> entries = usable(ticket);
        return inWorkspace(workspace -> {
            Path received = workspace.resolve("received.bin");
            signed.writeTo(received);
            if (entries.size() == 1) {
                ClientSignatureTickets.Entry entry = entries.get(0);
                try {
                    record(ticket, entry, received);
                } catch (ClientSigningRefusedException refusal) {
                    tickets.refused(hash(ticket), entry.documentId(), refusal);
                    throw refusal;
                }
                return status(ticket);
            }
            Map<String, Path> files = PdfArchives.unpack(received, workspace.resolve("signed"));
            for (ClientSignatureTickets.Entry entry : waiting(entries)) {
                Path file = files.get(entry.fileName());
                try {
                    if (file == null) {
                        throw new ClientSigningRefusedException(Reason.UNKNOWN_FILE,
                                "the archive has no file named " + entry.fileName());
                    }
                    record(ticket, entry, file);
                } catch (ClientSigningRefusedException refusal) {
                    tickets.refused(hash(ticket), entry.documentId(), refusal);
                }
            }
            return status(ticket);
        });
    }

    @Override
    public List<ClientSigningOutcome> status(String ticket) {
        return tickets.of(hash(ticket)).stream().map(entry -> new ClientSigningOutcome(entry.documentId(),
                entry.signed() ? ClientSigningOutcome.State.SIGNED : entry.refusal() != null
                        ? ClientSigningOutcome.State.REFUSED : ClientSigningOutcome.State.WAITING,
                entry.refusal() == null ? null : Reason.valueOf(entry.refusal()), entry.refusalDetail())).toList();
    }

    /** Checks one returned file against what was prepared for it and records it as the signer's signature. */
    private void record(String ticket, ClientSignatureTickets.Entry entry, Path file) throws IOException {
        Instant receivedAt = clock.instant();
        Path workspace = file.resolveSibling(entry.documentId() + ".prepared");
        Path prepared = versions.copy(entry.prepared(), workspace);
        requireRevisionOf(prepared, file);
        SignatureReport signature = newSignature(prepared, file);
        List<X509Certificate> chain = PdfSignatures.certificatesOfNewest(file);
        if (chain.isEmpty() || !Sha256.of(encoded(chain.get(0))).equals(signature.signerCertificateSha256())) {
            throw new ClientSigningRefusedException(Reason.NOT_A_SIGNED_PDF, "the new signature carries no certificate");
        }
        X509Certificate certificate = chain.get(0);
        if (!certificates.isOwn(entry.signer(), certificate)) {
            throw new ClientSigningRefusedException(Reason.FOREIGN_CERTIFICATE,
                    readable(certificate.getSubjectX500Principal()));
        }
        Instant signedAt = signature.signingTime() == null ? receivedAt : signature.signingTime();
        try {
            certificates.requireUsable(chain, signedAt);
        } catch (SigningRefusedException e) {
            throw new ClientSigningRefusedException(Reason.UNTRUSTED_CERTIFICATE, e.getMessage());
        }
        SignatureTurn turn = turnOf(entry);
        ContentRef stored = versions.completeClientSignature(file, turn.type(), entry.prepared().pages());
        commands.sendAndWait(new RecordClientSignatureCommand(entry.documentId(), hash(ticket), entry.signer(), stored,
                receivedAt, new SignerCertificate(readable(certificate.getSubjectX500Principal()),
                readable(certificate.getIssuerX500Principal()), Sha256.of(encoded(certificate)),
                signature.trust() == null ? "trusted" : String.valueOf(signature.trust()))));
    }

    /** The turn is still the signer's, on the version the ticket was prepared from. */
    private SignatureTurn turnOf(ClientSignatureTickets.Entry entry) {
        try {
            SignatureTurn turn = commands.sendAndWait(new PrepareSignatureCommand(entry.documentId(), entry.signer()));
            if (turn.version() != entry.basedOnVersion()) {
                throw new ClientSigningRefusedException(Reason.USED_TICKET, "the document changed after the ticket");
            }
            return turn;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ClientSigningRefusedException(Reason.NOT_IN_TURN, e.getMessage());
        }
    }

    /** The returned file keeps the prepared PDF's bytes as they were and adds to them. */
    private static void requireRevisionOf(Path prepared, Path file) throws IOException {
        long size = Files.size(prepared);
        if (Files.size(file) <= size || !startsWith(file, prepared)) {
            throw new ClientSigningRefusedException(Reason.CHANGED_REVISION,
                    "the file is not the prepared PDF with additions");
        }
    }

    /** Exactly one signature more than the prepared PDF had, covering the whole file, every signature intact. */
    private SignatureReport newSignature(Path prepared, Path file) throws IOException {
        int before = PdfSignatures.count(prepared);
        ValidationReport report;
        try {
            report = validator.validate(file, false);
        } catch (RuntimeException e) {
            throw new ClientSigningRefusedException(Reason.NOT_A_SIGNED_PDF, e.getMessage());
        }
        if (report.signatures().size() != before + 1) {
            throw new ClientSigningRefusedException(Reason.NOT_ONE_NEW_SIGNATURE,
                    (report.signatures().size() - before) + " new signatures");
        }
        if (!report.signatures().stream().allMatch(SignatureReport::intact)) {
            throw new ClientSigningRefusedException(Reason.NOT_INTACT, "a signature is not intact");
        }
        Optional<SignatureReport> covering = report.signatures().stream()
                .filter(SignatureReport::coversWholeDocument).findFirst();
        if (covering.isEmpty()) {
            throw new ClientSigningRefusedException(Reason.NOT_COVERING, "no signature covers the whole file");
        }
        return covering.get();
    }

    private List<ClientSignatureTickets.Entry> usable(String ticket) {
        List<ClientSignatureTickets.Entry> entries = ticket == null ? List.of() : tickets.of(hash(ticket));
        if (entries.isEmpty()) {
            throw new ClientSigningRefusedException(Reason.UNKNOWN_TICKET, "unknown ticket");
        }
        if (!clock.instant().isBefore(entries.get(0).expiresAt())) {
            throw new ClientSigningRefusedException(Reason.EXPIRED_TICKET, "expired at " + entries.get(0).expiresAt());
        }
        if (waiting(entries).isEmpty()) {
            throw new ClientSigningRefusedException(Reason.USED_TICKET, "every document of the ticket is signed");
        }
        return entries;
    }

    private static List<ClientSignatureTickets.Entry> waiting(List<ClientSignatureTickets.Entry> entries) {
        return entries.stream().filter(entry -> !entry.signed()).toList();
    }

    private static String hash(String ticket) {
        return Sha256.of(ticket.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean startsWith(Path file, Path prefix) throws IOException {
        try (InputStream whole = Files.newInputStream(file); InputStream start = Files.newInputStream(prefix)) {
            byte[] a = new byte[64 * 1024];
            byte[] b = new byte[64 * 1024];
            int read;
            while ((read = start.readNBytes(b, 0, b.length)) > 0) {
                if (whole.readNBytes(a, 0, read) != read || !java.util.Arrays.equals(a, 0, read, b, 0, read)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A name with its serialNumber spelled out ({@code SERIALNUMBER=PNOPE-…}), as people read it. */
    private static String readable(X500Principal name) {
        return X500Name.getInstance(name.getEncoded()).toString();
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new ClientSigningRefusedException(Reason.NOT_A_SIGNED_PDF, "the certificate cannot be read");
        }
    }

    private static <T> T inWorkspace(Workspaces.Task<T> task) {
        return Workspaces.in("ceropapel-client-signing", task);
    }
}

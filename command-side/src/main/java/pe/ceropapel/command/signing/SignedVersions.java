package pe.ceropapel.command.signing;

import static pe.ceropapel.command.Rules.require;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.document.DocumentNumber;
import pe.ceropapel.api.document.DocumentType;
import pe.ceropapel.api.document.SignatureRole;
import pe.ceropapel.api.document.SignatureTurn;
import pe.ceropapel.command.directory.Directory;
import pe.ceropapel.signature.pades.DataToSign;
import pe.ceropapel.signature.pades.PadesLevel;
import pe.ceropapel.signature.pades.PadesSigner;
import pe.ceropapel.signature.pades.SealKey;
import pe.ceropapel.signature.pades.SignatureAppearance;
import pe.ceropapel.signature.pades.SignerKeys;
import pe.ceropapel.signature.pades.SigningKey;
import pe.ceropapel.signature.stamp.Legend;
import pe.ceropapel.signature.stamp.PrintedRepresentation;
import pe.ceropapel.storage.ObjectStorage;
import pe.ceropapel.storage.Sha256;
import pe.ceropapel.storage.StoredObject;

/**
 * Turns a document's current content into its next signed version: fetches it from storage
 * (verifying its digest), prepares it (legend, number), signs it and stores the result under its
 * digest. Works in a private temporary directory that is always removed.
 */
@Component
public class SignedVersions {

    private final ObjectStorage storage;
    private final PadesSigner signer;
    private final SignerKeys keys;
    private final Directory directory;
    private final SigningSettings settings;

    SignedVersions(ObjectStorage storage, PadesSigner signer, SignerKeys keys, Directory directory,
                   SigningSettings settings) {
        this.storage = storage;
        this.signer = signer;
        this.keys = keys;
        this.directory = directory;
        this.settings = settings;
    }

    /** Opens the signer's own key with {@code pin}; the caller closes it. */
    SigningKey openKey(String username, char[] pin) {
        return keys.open(username, person(username).fullName(), pin);
    }

    /** Signs the turn's content with the signer's own key, opened by {@link #openKey}. */
    ContentRef sign(SignatureTurn turn, String username, SigningKey key, DocumentNumber number, String verificationCode) {
        return inWorkspace(workspace -> {
            Prepared prepared = prepare(workspace, turn, number, verificationCode);
            Path signed = workspace.resolve("signed.pdf");
            signer.sign(prepared.file(), signed, appearance(person(username), turn.role()),
                    settings.levelFor(turn.type()), key);
            return store(signed, prepared.pages());
        });
    }

    /** Step one of a remote signature: stores the prepared PDF and says what the signer must sign. */
    RemotePreparation prepareRemote(SignatureTurn turn, String username, List<X509Certificate> chain,
                                    DocumentNumber number, String verificationCode, Instant signingTime) {
        return inWorkspace(workspace -> {
            Prepared prepared = prepare(workspace, turn, number, verificationCode);
            DataToSign data = signer.dataToSign(prepared.file(), appearance(person(username), turn.role()),
                    settings.levelFor(turn.type()), chain, signingTime);
            return new RemotePreparation(store(prepared.file(), prepared.pages()), data);
        });
    }

    /** Step two of a remote signature: completes it on the stored prepared PDF with the signer's value. */
    ContentRef completeRemote(ContentRef prepared, DocumentType type, String username,
                              SignatureRole role, List<X509Certificate> chain, Instant signingTime, byte[] value) {
        return inWorkspace(workspace -> {
            Path source = fetch(prepared, workspace.resolve("prepared.pdf"));
            Path signed = workspace.resolve("signed.pdf");
            signer.complete(source, signed, appearance(person(username), role), settings.levelFor(type), chain,
                    signingTime, value);
            return store(signed, prepared.pages());
        });
    }

    /**
     * Prepares the turn's content for a signature made on the signer's own computer (legend, QR code,
     * number) and stores it: the signer's client signs exactly these bytes.
     */
    ContentRef prepareForClient(SignatureTurn turn, DocumentNumber number, String verificationCode) {
        return inWorkspace(workspace -> {
            Prepared prepared = prepare(workspace, turn, number, verificationCode);
            return store(prepared.file(), prepared.pages());
        });
    }

    /** Copies a stored version into {@code target}, its digest verified. */
    Path copy(ContentRef content, Path target) throws IOException {
        return fetch(content, target);
    }

    /**
     * A signature made elsewhere (at level B, as Firma Perú's client makes it), extended here with a
     * time-stamp and validation data up to the document type's level, and stored.
     */
    ContentRef completeClientSignature(Path signed, DocumentType type, int pages) {
        return inWorkspace(workspace -> {
            PadesLevel level = settings.levelFor(type);
            if (level == PadesLevel.B) {
                return store(signed, pages);
            }
            Path extended = workspace.resolve("extended.pdf");
            signer.extend(signed, extended, level);
            return store(extended, pages);
        });
    }

    /** Signs a PDF made by the entity itself with its seal and stores it: a receipt (cargo). */
    public ContentRef seal(byte[] pdf, int pages, SealKey seal, String office, DocumentType type) {
        return inWorkspace(workspace -> {
            Path source = Files.write(workspace.resolve("receipt.pdf"), pdf);
            Path signed = workspace.resolve("sealed.pdf");
            try (SigningKey key = seal.open()) {
                signer.sign(source, signed, new SignatureAppearance(seal.holder(), office, SignatureRole.SIGNATURE),
                        settings.levelFor(type), key);
            }
            return store(signed, pages);
        });
    }

    /** Extends every signature of a content version to PAdES-LTA, for archiving. */
    ContentRef extendForArchiving(ContentRef content) {
        return inWorkspace(workspace -> {
            Path extended = workspace.resolve("extended.pdf");
            signer.extend(fetch(content, workspace.resolve("signed.pdf")), extended, PadesLevel.LTA);
            return store(extended, content.pages());
        });
    }

    /** A prepared PDF and the digests a remote signer needs. */
    record RemotePreparation(ContentRef prepared, DataToSign dataToSign) {
    }

    private record Prepared(Path file, int pages) {
    }

    private Prepared prepare(Path workspace, SignatureTurn turn, DocumentNumber number, String verificationCode)
            throws IOException {
        Path source = fetch(turn.content(), workspace.resolve("source.pdf"));
        Path prepared = workspace.resolve("prepared.pdf");
        Legend legend = new Legend(settings.entityName(), settings.verificationUrl(verificationCode), verificationCode,
                number == null ? null : number.text());
        int pages = PrintedRepresentation.prepareForNextSignature(source, prepared, legend, turn.plannedSignatures());
        return new Prepared(prepared, pages);
    }

    private Directory.PersonEntry person(String username) {
        Optional<Directory.PersonEntry> person = directory.person(username);
        require(person.isPresent(), "the signer %s is not a person of the entity", username);
        return person.get();
    }

    private SignatureAppearance appearance(Directory.PersonEntry person, SignatureRole role) {
        String office = directory.office(person.officeCode()).map(Directory.OfficeEntry::name).orElse(person.officeCode());
        return new SignatureAppearance(person.fullName(), office, role);
    }

    private Path fetch(ContentRef content, Path target) throws IOException {
        try (InputStream in = storage.open(content.objectKey(), content.sha256())) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private ContentRef store(Path file, int pages) throws IOException {
        String sha256 = Sha256.of(file);
        try (InputStream in = Files.newInputStream(file)) {
            StoredObject stored = storage.put(in, Files.size(file), sha256, "application/pdf");
            return new ContentRef(stored.objectKey(), stored.sha256(), stored.size(), pages);
        }
    }

    private static <T> T inWorkspace(Workspaces.Task<T> task) {
        return Workspaces.in("ceropapel-sign", task);
    }
}

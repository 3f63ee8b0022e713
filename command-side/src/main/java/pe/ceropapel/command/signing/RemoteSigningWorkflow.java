package pe.ceropapel.command.signing;

import static pe.ceropapel.command.Rules.require;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.document.CompleteRemoteSignatureCommand;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.document.DocumentNumber;
import pe.ceropapel.api.document.FindRemoteSignatureSessionCommand;
import pe.ceropapel.api.document.PrepareSignatureCommand;
import pe.ceropapel.api.document.RecordRemoteSignatureStartCommand;
import pe.ceropapel.api.document.RecordSignatureCommand;
import pe.ceropapel.api.document.RemoteSignatureChallenge;
import pe.ceropapel.api.document.RemoteSignatureStartedEvent;
import pe.ceropapel.api.document.SignatureOutcome;
import pe.ceropapel.api.document.SignatureTurn;
import pe.ceropapel.api.document.StartRemoteSignatureCommand;
import pe.ceropapel.signature.pades.DataToSign;

/**
 * Two-step signing for signers who keep their key (a smart card, Firma Perú's client): step one
 * prepares the document exactly as for any signature, stores that PDF and answers what to sign;
 * step two checks the returned value and completes the signature on the very same bytes.
 */
@Component
class RemoteSigningWorkflow {

    private static final Pattern BASE64 = Pattern.compile("(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?");

    private final CommandGateway commands;
    private final SigningWorkflow signing;
    private final SignedVersions versions;
    private final SignerCertificates signerCertificates;
    private final Clock clock;

    RemoteSigningWorkflow(CommandGateway commands, SigningWorkflow signing, SignedVersions versions,
                          SignerCertificates signerCertificates, Clock clock) {
        this.commands = commands;
        this.signing = signing;
        this.versions = versions;
        this.signerCertificates = signerCertificates;
        this.clock = clock;
    }

    @CommandHandler
    RemoteSignatureChallenge handle(StartRemoteSignatureCommand command) {
        List<X509Certificate> chain = certificates(command.certificateChain());
        SignatureTurn turn = commands.sendAndWait(new PrepareSignatureCommand(command.documentId(), command.signer()));
        // before anything is numbered, coded or stored: a self-made or foreign certificate signs nothing
        signerCertificates.requireOwnAndTrusted(command.signer(), chain, clock.instant());
        String code = signing.verificationCodeFor(turn);
        DocumentNumber number = signing.numberFor(turn);
        // PDF dates have a resolution of one second; so must the signing time both steps share
        Instant signingTime = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        SignedVersions.RemotePreparation preparation = versions.prepareRemote(turn, command.signer(), chain, number,
                code, signingTime);
        String sessionId = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordRemoteSignatureStartCommand(command.documentId(), sessionId, command.signer(),
                turn.version(), preparation.prepared(), signingTime, List.copyOf(command.certificateChain())));
        DataToSign data = preparation.dataToSign();
        Base64.Encoder base64 = Base64.getEncoder();
        return new RemoteSignatureChallenge(command.documentId(), sessionId, base64.encodeToString(data.data()),
                base64.encodeToString(data.digest()), data.digestAlgorithm(), data.signatureAlgorithm());
    }

    @CommandHandler
    SignatureOutcome handle(CompleteRemoteSignatureCommand command) {
        RemoteSignatureStartedEvent session = commands.sendAndWait(
                new FindRemoteSignatureSessionCommand(command.documentId(), command.sessionId(), command.signer()));
        SignatureTurn turn = commands.sendAndWait(new PrepareSignatureCommand(command.documentId(), command.signer()));
        List<X509Certificate> chain = certificates(session.certificateChain());
        // still valid, trusted and not revoked when the signature is completed
        signerCertificates.requireOwnAndTrusted(command.signer(), chain, clock.instant());
        ContentRef signed = versions.completeRemote(session.prepared(), turn.type(), command.signer(), session.role(),
                chain, session.signingTime(), decode(command.signatureValue()));
        commands.sendAndWait(new RecordSignatureCommand(command.documentId(), command.signer(), session.role(),
                session.basedOnVersion(), signed));
        return new SignatureOutcome(command.documentId(), session.basedOnVersion() + 1, turn.number());
    }

    private static List<X509Certificate> certificates(List<String> encoded) {
        require(encoded != null && !encoded.isEmpty(), "a remote signature needs the signer's certificate");
        List<X509Certificate> chain = new ArrayList<>();
        for (String certificate : encoded) {
            Optional<X509Certificate> parsed = parse(decode(certificate));
            require(parsed.isPresent(), "the certificate chain cannot be read");
            chain.add(parsed.get());
        }
        return chain;
    }

    private static Optional<X509Certificate> parse(byte[] der) {
        try {
            return Optional.of((X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der)));
        } catch (CertificateException e) {
            return Optional.empty();
        }
    }

    private static byte[] decode(String base64) {
        require(base64 != null && BASE64.matcher(base64.strip()).matches(), "the value is not valid Base64");
        return Base64.getDecoder().decode(base64.strip());
    }
}

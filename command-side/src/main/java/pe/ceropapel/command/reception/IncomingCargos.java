package pe.ceropapel.command.reception;

import static pe.ceropapel.command.reception.MessageFields.check;
import static pe.ceropapel.command.reception.MessageFields.fits;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import pe.ceropapel.api.interop.Cargo;
import pe.ceropapel.api.interop.CargoMessage;
import pe.ceropapel.api.interop.ExchangeAnswer;
import pe.ceropapel.api.interop.ExchangeIds;
import pe.ceropapel.api.interop.ExchangeState;
import pe.ceropapel.api.interop.PartnerEntity;
import pe.ceropapel.api.interop.RecordCargoCommand;
import pe.ceropapel.command.intake.DocumentIntake;
import pe.ceropapel.command.intake.IncomingFile;
import pe.ceropapel.command.intake.KeptPdf;
import pe.ceropapel.command.interop.InteropSettings;
import pe.ceropapel.signature.pades.SignatureReport;
import pe.ceropapel.signature.pades.ValidationReport;
import pe.ceropapel.signature.pdf.PdfRejectedException;
import pe.ceropapel.signature.request.SignedRequests;
import pe.ceropapel.storage.Sha256;

/**
 * Receives the cargo of a document we sent, from the entity we sent it to. A receipt (state R) must
 * be intact and signed with the seal certificate registered for that entity; it is stored and
 * recorded with whether its signature also passed full validation (a trusted chain, revocation).
 */
@Service
class IncomingCargos implements CargoReception {

    private final ReceivedPdfs pdfs;
    private final DocumentIntake intake;
    private final CommandGateway commands;
    private final String entityRuc;

    IncomingCargos(ReceivedPdfs pdfs, DocumentIntake intake, CommandGateway commands, InteropSettings interop) {
        this.pdfs = pdfs;
        this.intake = intake;
        this.commands = commands;
        this.entityRuc = interop.entityRuc();
    }

    @Override
    public ExchangeAnswer receive(PartnerEntity receiver, CargoMessage message) throws IOException, PdfRejectedException {
        Cargo cargo = requireValid(receiver, message);
        String exchangeId = ExchangeIds.outgoing(cargo.cuo());
        if (message.receipt() == null) {
            commands.sendAndWait(new RecordCargoCommand(exchangeId, cargo, null, false, null));
        } else {
            SignatureReport seal = sealSignature(receiver, pdfs.checkSigned(message.receipt()));
            KeptPdf receipt = intake.keepPdf(IncomingFile.of(null, new ByteArrayInputStream(message.receipt())));
            commands.sendAndWait(new RecordCargoCommand(exchangeId, cargo, receipt.ref(), seal.passed(), seal.signer()));
        }
        return new ExchangeAnswer(cargo.cuo(), cargo.state(), cargo.registrationNumber(), cargo.observations());
    }

    private Cargo requireValid(PartnerEntity receiver, CargoMessage message) {
        Cargo cargo = message == null ? null : message.cargo();
        check(cargo != null && cargo.state() != null, "the message needs a cargo with its state");
        check(entityRuc.equals(cargo.senderRuc()), "the cargo is for a document another entity sent");
        check(receiver.ruc().equals(cargo.receiverRuc()), "the receiver's RUC is not the one that signed the request");
        check(cargo.cuo() != null && IncomingTramites.CUO.matcher(cargo.cuo()).matches(),
                "the CUO must be 10 letters or digits");
        check(Stream.of(cargo.registrationNumber(), cargo.receivingOffice(), cargo.receivingUser())
                        .allMatch(text -> text == null || fits(text, IncomingTramites.MAX_FIELD))
                        && (cargo.observations() == null || fits(cargo.observations(), 1000)),
                "a field of the cargo is too long or holds control characters");
        if (cargo.state() == ExchangeState.RECEIVED) {
            check(message.receipt() != null && message.receipt().length > 0 && cargo.registrationNumber() != null,
                    "a cargo of state R needs the registration number and the signed receipt");
            check(cargo.receiptSha256() == null || cargo.receiptSha256().equals(Sha256.of(message.receipt())),
                    "the receipt's SHA-256 is not the one the cargo declares");
        } else {
            check(cargo.state() == ExchangeState.OBSERVED && message.receipt() == null
                            && cargo.observations() != null && !cargo.observations().isBlank(),
                    "a cargo is of state R with a receipt, or of state O with the observation");
        }
        return cargo;
    }

    /** The receipt's signature made with the entity's registered seal. */
    private static SignatureReport sealSignature(PartnerEntity receiver, ValidationReport report) {
        String seal = sealFingerprint(receiver).orElse("");
        return report.signatures().stream()
                .filter(signature -> seal.equals(signature.signerCertificateSha256()))
                .findFirst()
                .orElseThrow(() -> new InvalidSignatureException(
                        "the receipt is not signed with the seal registered for " + receiver.ruc()));
    }

    private static Optional<String> sealFingerprint(PartnerEntity partner) {
        try {
            return Optional.of(Sha256.of(SignedRequests.certificate(partner.sealCertificatePem()).getEncoded()));
        } catch (CertificateException e) {
            return Optional.empty();
        }
    }
}

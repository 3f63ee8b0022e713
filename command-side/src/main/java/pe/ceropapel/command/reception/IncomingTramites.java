package pe.ceropapel.command.reception;

import static pe.ceropapel.command.reception.MessageFields.check;
import static pe.ceropapel.command.reception.MessageFields.fits;
import static pe.ceropapel.command.reception.MessageFields.present;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import pe.ceropapel.api.interop.ExchangeAnswer;
import pe.ceropapel.api.interop.ExchangeIds;
import pe.ceropapel.api.interop.ExchangeState;
import pe.ceropapel.api.interop.PartnerEntity;
import pe.ceropapel.api.interop.ReceiveTramiteCommand;
import pe.ceropapel.api.interop.SignatureCheck;
import pe.ceropapel.api.interop.Tramite;
import pe.ceropapel.api.interop.TramiteMessage;
import pe.ceropapel.command.intake.DocumentIntake;
import pe.ceropapel.command.intake.IncomingFile;
import pe.ceropapel.command.intake.IntakeSettings;
import pe.ceropapel.command.intake.KeptPdf;
import pe.ceropapel.command.interop.InteropSettings;
import pe.ceropapel.signature.pades.SignatureReport;
import pe.ceropapel.signature.pades.ValidationReport;
import pe.ceropapel.signature.pdf.PdfRejectedException;
import pe.ceropapel.storage.Sha256;


/**
 * Receives a tramite from an authenticated partner, whatever the transport: checks every field and
 * the PDF's signatures, stores the PDF, and records it as pending in the mesa de partes. A refusal
 * leaves nothing behind.
 */
@Service
class IncomingTramites implements TramiteReception {

    static final Pattern CUO = Pattern.compile("[A-Za-z0-9]{10}");
    static final int MAX_SUBJECT = 500;
    static final int MAX_FIELD = 200;
    static final int MAX_ANNEXES = 100;

    private final ReceivedPdfs pdfs;
    private final DocumentIntake intake;
    private final CommandGateway commands;
    private final String entityRuc;
    private final String intakeOffice;

    IncomingTramites(ReceivedPdfs pdfs, DocumentIntake intake, CommandGateway commands, InteropSettings interop,
                     IntakeSettings settings) {
        this.pdfs = pdfs;
        this.intake = intake;
        this.commands = commands;
        this.entityRuc = interop.entityRuc();
        this.intakeOffice = settings.office();
    }

    @Override
    public ExchangeAnswer receive(PartnerEntity sender, TramiteMessage message) throws IOException, PdfRejectedException {
        Tramite tramite = requireValid(sender, message);
        ValidationReport report = pdfs.checkSigned(message.document());
        SignatureCheck check = new SignatureCheck(report.signatures().size(),
                report.signatures().stream().map(SignatureReport::signer).filter(Objects::nonNull).toList(),
                report.allPassed());
        KeptPdf pdf = intake.keepPdf(IncomingFile.of(tramite.documentFileName(),
                new ByteArrayInputStream(message.document())));
        ExchangeState state = commands.sendAndWait(new ReceiveTramiteCommand(
                ExchangeIds.incoming(tramite.senderRuc(), tramite.cuo()), tramite, pdf.ref(), intakeOffice, check));
        return new ExchangeAnswer(tramite.cuo(), state, null, null);
    }

    private Tramite requireValid(PartnerEntity sender, TramiteMessage message) {
        Tramite t = message == null ? null : message.tramite();
        if (t == null || message.document() == null || message.document().length == 0) {
            throw new InvalidMessageException("the message needs a tramite and its PDF");
        }
        check(sender.ruc().equals(t.senderRuc()), "the sender's RUC is not the one that signed the request");
        check(entityRuc.equals(t.receiverRuc()), "the receiver's RUC is not ours");
        check(t.cuo() != null && CUO.matcher(t.cuo()).matches(), "the CUO must be 10 letters or digits");
        check(t.referencedCuo() == null || CUO.matcher(t.referencedCuo()).matches(),
                "the referenced CUO must be 10 letters or digits");
        check(present(t.subject(), MAX_SUBJECT), "the subject is needed, of at most 500 characters");
        check(Stream.of(t.senderName(), t.senderOffice(), t.documentType(), t.destinationOffice(),
                        t.addresseeName(), t.addresseePosition()).allMatch(text -> present(text, MAX_FIELD)),
                "the sender, its office, the document type, the destination office, the addressee and their"
                        + " position are needed, of at most 200 characters each");
        check(Stream.of(t.documentNumber(), t.documentFileName(), t.senderPersonIdType(), t.senderPersonIdNumber(),
                        t.attachmentsUrl()).allMatch(text -> text == null || fits(text, MAX_FIELD)),
                "an optional field is longer than 200 characters or holds control characters");
        check(t.attachmentCount() >= 0 && t.folios() >= 0, "the annexes and folios cannot be negative");
        check(t.attachmentNames().size() <= MAX_ANNEXES && t.attachmentNames().stream().allMatch(n -> present(n, MAX_FIELD)),
                "at most 100 annex names of at most 200 characters each");
        check(Sha256.of(message.document()).equals(t.documentSha256()),
                "the PDF's SHA-256 is not the one the tramite declares");
        return t;
    }
}

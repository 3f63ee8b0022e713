package pe.ceropapel.command.casefile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.casefile.Applicant;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.document.DocumentType;
import pe.ceropapel.command.signing.SignedVersions;
import pe.ceropapel.command.signing.SigningSettings;
import pe.ceropapel.signature.pades.SealKey;
import pe.ceropapel.signature.pdf.LetterheadPdf;

/**
 * The receipt (cargo) a citizen or company gets for a request: when and what the entity received,
 * under which tracking code, as a PDF signed with the entity's seal that anyone can verify.
 */
@Component
class CitizenReceipts {

    private static final String OFFICE = "Mesa de partes virtual";
    private static final DateTimeFormatter LIMA_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("America/Lima"));

    private final SignedVersions versions;
    private final SealKey seal;
    private final SigningSettings settings;
    private final LetterheadPdf letterhead = new LetterheadPdf();

    CitizenReceipts(SignedVersions versions, SealKey seal, SigningSettings settings) {
        this.versions = versions;
        this.seal = seal;
        this.settings = settings;
    }

    ContentRef issue(String trackingCode, Applicant applicant, String subject, ContentRef request, Instant receivedAt) {
        byte[] pdf = render(trackingCode, applicant, subject, request, receivedAt);
        return versions.seal(pdf, pages(pdf), seal, OFFICE, DocumentType.CARGO);
    }

    private byte[] render(String trackingCode, Applicant applicant, String subject, ContentRef request,
                          Instant receivedAt) {
        List<String> paragraphs = List.of(
                "Código de seguimiento: " + trackingCode,
                "Recibido el " + LIMA_TIME.format(receivedAt) + " (hora de Lima).",
                "Solicitante: " + applicant.name() + ", " + applicant.identityType() + " " + applicant.identityNumber()
                        + (applicant.email() == null ? "" : ", " + applicant.email()) + ".",
                "Documento recibido: solicitud en PDF de " + request.pages() + " página(s) y " + request.size()
                        + " bytes, huella SHA-256 " + request.sha256() + ".",
                "Consulte su trámite con su código de seguimiento y su clave de acceso. Este cargo está firmado"
                        + " digitalmente con el sello de la entidad; puede verificarlo subiéndolo a la página"
                        + " Verificar documento.");
        try {
            return letterhead.render(new LetterheadPdf.Letter(settings.entityName(), OFFICE, "CARGO DE RECEPCIÓN",
                    subject, paragraphs));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

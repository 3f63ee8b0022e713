package pe.ceropapel.command.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import pe.ceropapel.command.intake.AnnexContent.Recognised;
import pe.ceropapel.command.intake.AnnexRefusedException.Reason;
import pe.ceropapel.signature.pdf.PdfInspector;
import pe.ceropapel.signature.pdf.PdfRejectedException;

/**
 * The annexes an entity accepts, however they arrive (a document's attachments, the mesa de partes
 * virtual): a format it lists in {@code ceropapel.annexes.accepted} (extensions or media types),
 * recognised by content, named with one of that format's extensions, and, for a PDF, passing the
 * same checks as every PDF filed (no active content). Archives, web pages and programs never pass.
 */
@Component
class AnnexPolicy {

    private final Set<AnnexFormat> accepted;
    private final String acceptedExtensions;
    private final PdfInspector inspector = new PdfInspector();

    AnnexPolicy(IntakeSettings settings) {
        this.accepted = EnumSet.noneOf(AnnexFormat.class);
        for (String name : settings.acceptedAnnexes()) {
            this.accepted.add(AnnexFormat.named(name).orElseThrow(() -> new IllegalArgumentException(
                    "ceropapel.annexes.accepted names an unknown annex format: " + name)));
        }
        this.acceptedExtensions = this.accepted.stream().map(format -> "." + format.extension())
                .collect(Collectors.joining(", "));
    }

    /** An annex as it is stored: its name (with the extension of its format) and its format's media type. */
    record CheckedAnnex(String name, String mediaType) {
    }

    /** Checks the annex spooled to {@code file} and sent as {@code declaredName}. */
    CheckedAnnex check(Path file, long size, String declaredName) throws IOException, AnnexRefusedException {
        String name = FileNames.sanitize(declaredName);
        if (size == 0) {
            throw refusal(Reason.EMPTY, name, null, null);
        }
        Recognised recognised = AnnexContent.recognise(file);
        if (recognised.refusal() != null) {
            throw refusal(recognised.refusal(), name, null, null);
        }
        String extension = extensionOf(name);
        AnnexFormat format = recognised.format() == AnnexFormat.TXT && AnnexFormat.CSV.hasExtension(extension)
                ? AnnexFormat.CSV : recognised.format();
        if (!accepted.contains(format)) {
            throw refusal(Reason.NOT_ACCEPTED, name, null, null);
        }
        if (extension.isEmpty()) {
            name = FileNames.sanitize(name + "." + format.extension());
        } else if (!format.hasExtension(extension)) {
            throw AnnexFormat.named(extension).isPresent()
                    ? refusal(Reason.NAME_MISMATCH, name, format.extension(), null)
                    : refusal(Reason.NOT_ACCEPTED, name, null, null);
        }
        if (format == AnnexFormat.PDF) {
            try {
                inspector.inspectForFiling(file);
            } catch (PdfRejectedException e) {
                throw refusal(Reason.PDF, name, null, e);
            }
        }
        return new CheckedAnnex(name, format.mediaType());
    }

    private AnnexRefusedException refusal(Reason reason, String name, String contentExtension,
                                          PdfRejectedException pdfRejection) {
        return new AnnexRefusedException(reason, name, acceptedExtensions, contentExtension, pdfRejection);
    }

    private static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}

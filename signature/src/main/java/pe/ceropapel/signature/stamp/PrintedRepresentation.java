package pe.ceropapel.signature.stamp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Prepares an unsigned PDF for its first signature: the printed-representation legend with the QR
 * code and verification code at the foot of every page, the document's number in the header when
 * it has one, and a page for the signature stamps when the last page has no room for them.
 */
public final class PrintedRepresentation {

    static final float QR_SIZE = 54;
    private static final float LEGEND_FONT_SIZE = 6.5f;
    private static final float NUMBER_FONT_SIZE = 9;

    private PrintedRepresentation() {
    }

    /**
     * Prepares a PDF for its next signature: an unsigned one gets the legend (and the number, when
     * assigned); a signed one gets only the number, in an incremental revision, when it was assigned
     * after the earlier signatures.
     *
     * @return the prepared document's page count
     */
    public static int prepareForNextSignature(Path source, Path target, Legend legend, int stamps) throws IOException {
        int signatures;
        int pages;
        try (PDDocument document = Loader.loadPDF(source.toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
            signatures = document.getSignatureDictionaries().size();
            pages = document.getNumberOfPages();
        }
        if (signatures == 0) {
            return prepare(source, target, legend, stamps);
        }
        if (legend.number() != null) {
            NumberAnnotations.add(source, target, legend.number());
        } else {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return pages;
    }

    /**
     * Writes the prepared copy of an unsigned {@code source} to {@code target}.
     *
     * @param stamps how many signature stamps the document will carry
     * @return the prepared document's page count
     */
    public static int prepare(Path source, Path target, Legend legend, int stamps) throws IOException {
        try (PDDocument document = Loader.loadPDF(source.toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
            if (!StampLayout.fits(document, stamps)) {
                PDRectangle size = document.getPage(document.getNumberOfPages() - 1).getMediaBox();
                document.addPage(new PDPage(new PDRectangle(size.getWidth(), size.getHeight())));
            }
            // measured before the legend is drawn: the legend lies in its own band below the grid anyway
            StampLayout.recordGridTop(document);
            QrCode qr = new QrCode(legend.verificationUrl());
            String text = StampTexts.text("legend", legend.entityName(), legend.verificationUrl(),
                    legend.verificationCode());
            for (PDPage page : document.getPages()) {
                try (PDPageContentStream content = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    drawLegend(content, page.getCropBox(), qr, text);
                    if (legend.number() != null) {
                        HeaderNumber.draw(content, page.getCropBox(), legend.number(), NUMBER_FONT_SIZE);
                    }
                }
            }
            document.save(target.toFile());
            return document.getNumberOfPages();
        }
    }

    private static void drawLegend(PDPageContentStream content, PDRectangle crop, QrCode qr, String text)
            throws IOException {
        float left = crop.getLowerLeftX() + StampLayout.MARGIN;
        float bottom = crop.getLowerLeftY() + (StampLayout.LEGEND_BAND - QR_SIZE) / 2;
        qr.draw(content, left, bottom, QR_SIZE);
        float textLeft = left + QR_SIZE + 8;
        float textWidth = crop.getWidth() - 2 * StampLayout.MARGIN - QR_SIZE - 8;
        List<String> lines = PdfText.wrap(PdfText.REGULAR, LEGEND_FONT_SIZE, text, textWidth);
        float leading = LEGEND_FONT_SIZE * 1.25f;
        float y = bottom + QR_SIZE - LEGEND_FONT_SIZE;
        content.beginText();
        content.setFont(PdfText.REGULAR, LEGEND_FONT_SIZE);
        content.newLineAtOffset(textLeft, y);
        for (String line : lines) {
            content.showText(line);
            content.newLineAtOffset(0, -leading);
        }
        content.endText();
    }
}

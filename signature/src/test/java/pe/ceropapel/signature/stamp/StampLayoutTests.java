package pe.ceropapel.signature.stamp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.ceropapel.signature.pdf.TestPdfs;

class StampLayoutTests {

    @TempDir
    Path work;

    @Test
    void shouldPlaceEveryPlannedStampBelowTheTextAboveTheLegendAndApartFromEachOther() throws Exception {
        Path source = Files.write(work.resolve("source.pdf"), TestPdfs.withPages("Primera página", "Última página"));
        Path prepared = work.resolve("prepared.pdf");
        int pages = PrintedRepresentation.prepare(source, prepared,
                new Legend("el Instituto", "http://x/verificar/ABCD", "ABCD", "INFORME N° 000001-2026-INACAL/DM"), 6);

        assertThat(pages).isEqualTo(2);
        try (PDDocument document = Loader.loadPDF(prepared.toFile())) {
            float pageHeight = document.getPage(1).getCropBox().getHeight();
            List<StampBox> boxes = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                boxes.add(StampLayout.box(document, i));
            }
            // the test page's only line has its baseline 92 points from the top (y = 700 on a 792-point page)
            assertThat(boxes).allSatisfy(box -> {
                assertThat(box.page()).isEqualTo(1);
                assertThat(box.yFromTop()).isGreaterThan(pageHeight - 700);
                assertThat(box.yFromTop() + box.height()).isLessThanOrEqualTo(pageHeight - StampLayout.LEGEND_BAND);
            });
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    assertThat(overlap(boxes.get(i), boxes.get(j))).as("stamps %s and %s", i, j).isFalse();
                }
            }
        }
    }

    @Test
    void shouldAddASignaturePageWhenTheLastPageHasNoRoomForThePlannedStamps() throws Exception {
        Path source = work.resolve("source.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 150);
                content.showText("Texto que llega casi al pie de la página");
                content.endText();
            }
            document.save(source.toFile());
        }
        Legend legend = new Legend("el Instituto", "http://x/verificar/ABCD", "ABCD", null);
        assertThat(PrintedRepresentation.prepare(source, work.resolve("three.pdf"), legend, 3)).isEqualTo(1);
        Path prepared = work.resolve("four.pdf");
        assertThat(PrintedRepresentation.prepare(source, prepared, legend, 4)).isEqualTo(2);
        try (PDDocument document = Loader.loadPDF(prepared.toFile())) {
            assertThat(StampLayout.box(document, 3).page()).isEqualTo(1);
            assertThat(StampLayout.fits(document, 20)).isTrue();
        }
    }

    private static boolean overlap(StampBox a, StampBox b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width()
                && a.yFromTop() < b.yFromTop() + b.height() && b.yFromTop() < a.yFromTop() + a.height();
    }
}

package pe.ceropapel.signature.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.ceropapel.signature.pdf.PdfRejectedException.Reason;
import pe.ceropapel.signature.pdf.TestPdfs.ActionPlace;

class PdfInspectorTests {

    private final PdfInspector inspector = new PdfInspector();

    @TempDir
    Path dir;

    @Test
    void shouldCountThePagesOfAValidPdf() throws Exception {
        PdfFacts facts = inspector.inspect(file(TestPdfs.withPages("Uno", "Dos", "Tres")));

        assertThat(facts.pages()).isEqualTo(3);
    }

    @Test
    void shouldRefuseAnEmptyFile() throws Exception {
        assertRejected(new byte[0], Reason.EMPTY);
    }

    @Test
    void shouldRefuseAFileThatIsNotAPdfWhateverItsName() throws Exception {
        assertRejected("Esto no es un PDF, aunque se llame informe.pdf".getBytes(StandardCharsets.UTF_8),
                Reason.NOT_PDF);
    }

    @Test
    void shouldRefuseATruncatedPdf() throws Exception {
        assertRejected(TestPdfs.truncated("Informe incompleto"), Reason.DAMAGED);
    }

    @Test
    void shouldRefuseAPdfWithAHeaderButGarbageInside() throws Exception {
        assertRejected("%PDF-1.7\nnot really a pdf\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1), Reason.DAMAGED);
    }

    @Test
    void shouldRefuseAPasswordProtectedPdf() throws Exception {
        assertRejected(TestPdfs.passwordProtected("secreto", "Confidencial"), Reason.ENCRYPTED);
    }

    @Test
    void shouldRefuseAPdfEncryptedWithAnEmptyUserPassword() throws Exception {
        assertRejected(TestPdfs.passwordProtected("", "Solo lectura"), Reason.ENCRYPTED);
    }

    @Test
    void shouldRefuseToFileAPdfThatRunsJavaScriptOrCarriesAFile() throws Exception {
        for (byte[] active : new byte[][] {TestPdfs.withOpeningScript("Abra este documento"),
                TestPdfs.withEmbeddedFile("Vea el adjunto")}) {
            Path file = file(active);
            assertThat(inspector.inspect(file).pages()).isEqualTo(1);
            assertThatThrownBy(() -> inspector.inspectForFiling(file))
                    .isInstanceOfSatisfying(PdfRejectedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.ACTIVE_CONTENT));
        }
        assertThat(inspector.inspectForFiling(file(TestPdfs.withPages("Un informe sin sorpresas"))).pages())
                .isEqualTo(1);
    }

    @Test
    void shouldFindAnOpeningScriptWrittenInlineInTheCatalog() throws Exception {
        byte[] pdf = TestPdfs.withInlineOpeningScript("Abra este documento");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getCOSObject().getItem(COSName.OPEN_ACTION))
                    .as("the action is a dictionary inside the catalog, not an object of its own")
                    .isInstanceOf(COSDictionary.class);
        }
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).containsPattern("/OpenAction\\s*<<");

        assertThat(inspector.inspect(file(pdf)).pages()).isEqualTo(1);
        assertRefusedForFiling(pdf, "JavaScript");
    }

    @Test
    void shouldFindActiveActionsWhereverTheyAreWrittenInline() throws Exception {
        for (ActionPlace place : ActionPlace.values()) {
            for (String type : List.of("JavaScript", "Launch", "SubmitForm", "ImportData", "RichMediaExecute")) {
                for (boolean objectStreams : new boolean[] {false, true}) {
                    byte[] pdf = TestPdfs.withInlineAction(place, type, objectStreams, "Informe");
                    assertRefusedForFiling(pdf, type.equals("JavaScript") || place == ActionPlace.NAMES
                            ? "JavaScript" : "a " + type + " action");
                }
            }
        }
    }

    @Test
    void shouldAcceptLinksToWebAddressesAndToPagesOfTheDocument() throws Exception {
        for (ActionPlace place : ActionPlace.values()) {
            if (place == ActionPlace.NAMES) {
                continue;  // a JavaScript name tree is JavaScript, whatever it holds
            }
            for (String type : List.of("URI", "GoTo")) {
                byte[] pdf = TestPdfs.withInlineAction(place, type, false, "Informe con enlaces");
                assertThat(inspector.inspectForFiling(file(pdf)).pages()).as(place + " " + type).isEqualTo(1);
            }
        }
    }

    @Test
    void shouldRefuseAnXfaForm() throws Exception {
        assertRefusedForFiling(TestPdfs.withXfaForm("Formulario"), "an XFA form");
    }

    private void assertRefusedForFiling(byte[] pdf, String what) throws IOException {
        Path file = file(pdf);
        assertThatThrownBy(() -> inspector.inspectForFiling(file))
                .isInstanceOfSatisfying(PdfRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.ACTIVE_CONTENT);
                    assertThat(e.getMessage()).isEqualTo("the PDF carries " + what);
                });
    }

    @Test
    void shouldRefuseADecompressionBombOfAGigabyte() throws Exception {
        for (int layers = 1; layers <= 2; layers++) {
            byte[] bomb = TestPdfs.decompressionBomb(1L << 30, layers);
            assertThat(bomb.length).isLessThan(2 * 1024 * 1024);

            assertRejected(bomb, Reason.OVER_LIMITS);
        }
    }

    @Test
    void shouldAcceptContentThatExpandsWithinTheLimits() throws Exception {
        assertThat(inspector.inspectForFiling(file(TestPdfs.decompressionBomb(8L << 20, 2))).pages()).isEqualTo(1);
    }

    @Test
    void shouldAcceptAStreamStoredUncompressedWhateverItsSize() throws Exception {
        byte[] scan = TestPdfs.withUncompressedStream((int) DecodedStreams.MAX_STREAM_BYTES + 1024);
        assertThat(inspector.inspectForFiling(file(scan)).pages()).isEqualTo(1);
    }

    @Test
    void shouldRefuseACrossReferenceStreamBombBeforeParsingTheFile() throws Exception {
        for (int layers = 1; layers <= 2; layers++) {
            byte[] bomb = TestPdfs.crossReferenceStreamBomb(1L << 30, layers);
            assertThat(bomb.length).isLessThan(2 * 1024 * 1024);

            assertThatThrownBy(() -> inspector.inspect(file(bomb)))
                    .isInstanceOfSatisfying(PdfRejectedException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.OVER_LIMITS);
                        assertThat(e.getMessage()).contains("stream at byte");
                    });
        }
    }

    @Test
    void shouldAcceptCrossReferenceAndObjectStreamsWithinTheLimits() throws Exception {
        assertThat(inspector.inspectForFiling(file(TestPdfs.crossReferenceStreamBomb(8L << 20, 1))).pages())
                .isEqualTo(1);
        byte[] compact = TestPdfs.withObjectStreams("Uno", "Dos");
        assertThat(new String(compact, StandardCharsets.ISO_8859_1)).contains("/ObjStm", "/XRef");
        assertThat(inspector.inspectForFiling(file(compact)).pages()).isEqualTo(2);
    }

    @Test
    void shouldLeaveBodiesThatAreNotZlibDataToTheParser() throws Exception {
        assertRejected("%PDF-1.5\n1 0 obj\n<< /Length 4 >>\nstream\n\u0078\u009c\u00ff\u00ff\nendstream\nendobj\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1), Reason.DAMAGED);
    }

    @Test
    void shouldRefuseAPdfWithMorePagesThanTheLimit() throws Exception {
        assertThat(inspector.inspect(file(TestPdfs.withBlankPages(PdfInspector.MAX_PAGES))).pages())
                .isEqualTo(PdfInspector.MAX_PAGES);
        assertRejected(TestPdfs.withBlankPages(PdfInspector.MAX_PAGES + 1), Reason.OVER_LIMITS);
    }

    private void assertRejected(byte[] bytes, Reason reason) throws IOException {
        Path file = file(bytes);

        assertThatThrownBy(() -> inspector.inspect(file))
                .isInstanceOfSatisfying(PdfRejectedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private Path file(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(dir, "in", ".bin"), bytes);
    }
}

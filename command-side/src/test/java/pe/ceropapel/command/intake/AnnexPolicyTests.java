package pe.ceropapel.command.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.ceropapel.command.intake.AnnexRefusedException.Reason;

class AnnexPolicyTests {

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    private final AnnexPolicy policy = new AnnexPolicy(new IntakeSettings("INACAL/GG", IntakeSettings.DEFAULT_ACCEPTED_ANNEXES));

    @TempDir
    Path dir;

    @Test
    void shouldAcceptOfficeDocumentsByTheirContentAndStoreTheirOwnMediaType() throws Exception {
        assertThat(check("acta.docx", zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>")))
                .isEqualTo(new AnnexPolicy.CheckedAnnex("acta.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        assertThat(check("cuadro.xlsx", zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>"))
                .mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(check("acta.odt", zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>"))
                .mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(check("acta.doc", compoundFile("WordDocument")).mediaType()).isEqualTo("application/msword");
        assertThat(check("cuadro.xls", compoundFile("Workbook")).mediaType()).isEqualTo("application/vnd.ms-excel");
        assertThat(check("datos.csv", "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8)).mediaType()).isEqualTo("text/csv");
        assertThat(check("foto", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10}))
                .isEqualTo(new AnnexPolicy.CheckedAnnex("foto.jpg", "image/jpeg"));
    }

    @Test
    void shouldRefuseProgramsWhateverTheyAreNamed() {
        for (byte[] program : List.of("MZ\u0090\0".getBytes(StandardCharsets.ISO_8859_1),
                new byte[] {0x7F, 'E', 'L', 'F', 2, 1}, "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII))) {
            assertRefused("informe.pdf", program, Reason.EXECUTABLE);
        }
    }

    @Test
    void shouldRefuseArchivesWebPagesAndMacros() throws Exception {
        assertRefused("planos.zip", zip("plano.txt", "plano"), Reason.ARCHIVE);
        assertRefused("planos.docx", zip("plano.txt", "plano"), Reason.ARCHIVE);
        assertRefused("planos.gz", gzip("plano"), Reason.ARCHIVE);
        assertRefused("pagina.txt", "<!DOCTYPE html><p>hola</p>".getBytes(StandardCharsets.UTF_8), Reason.MARKUP);
        assertRefused("logo.svg", "<svg onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8), Reason.MARKUP);
        assertRefused("acta.docm", zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>",
                "word/vbaProject.bin", "vba"), Reason.MACROS);
        assertRefused("acta.docx", zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>",
                "word/_rels/settings.xml.rels", "<Relationship Type=\"http://schemas.openxmlformats.org/officeDocument/"
                        + "2006/relationships/attachedTemplate\" Target=\"http://127.0.0.1/t.dotm\" TargetMode=\"External\"/>"),
                Reason.MACROS);
        assertRefused("acta.odt", zip("mimetype", "application/vnd.oasis.opendocument.text", "Basic/Standard/m.xml",
                "<macro/>"), Reason.MACROS);
        assertRefused("acta.doc", compoundFile("WordDocument", "Macros", "_VBA_PROJECT"), Reason.MACROS);
        assertRefused("instalador.doc", compoundFile("SummaryInformation"), Reason.NOT_ACCEPTED);
    }

    @Test
    void shouldRefuseANameThatLiesAboutTheContentOrAFormatTheEntityDoesNotList() throws Exception {
        assertRefused("foto.pdf", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}, Reason.NAME_MISMATCH);
        assertRefused("script.js", "alert(1)".getBytes(StandardCharsets.US_ASCII), Reason.NOT_ACCEPTED);
        assertRefused("vacio.txt", new byte[0], Reason.EMPTY);
        AnnexPolicy onlyPdf = accepting("application/pdf");
        Path docx = file(zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>"));
        assertThatThrownBy(() -> onlyPdf.check(docx, Files.size(docx), "acta.docx"))
                .isInstanceOfSatisfying(AnnexRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_ACCEPTED);
                    assertThat(e.acceptedExtensions()).isEqualTo(".pdf");
                });
        assertThatThrownBy(() -> accepting("exe")).isInstanceOf(IllegalArgumentException.class);
    }

    private AnnexPolicy.CheckedAnnex check(String name, byte[] content) throws Exception {
        Path file = file(content);
        return policy.check(file, Files.size(file), name);
    }

    private void assertRefused(String name, byte[] content, Reason reason) {
        assertThatThrownBy(() -> check(name, content)).as(name)
                .isInstanceOfSatisfying(AnnexRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.annexName()).isEqualTo(name);
                });
    }

    private Path file(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(dir, "annex", ".bin"), content);
    }

    /** An OLE2 compound file's signature followed by its directory's entry names, UTF-16LE. */
    private static byte[] compoundFile(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(OLE2);
        out.write(new byte[504]);
        for (String entry : entries) {
            byte[] name = entry.getBytes(StandardCharsets.UTF_16LE);
            out.write(name);
            out.write(new byte[128 - name.length]);
        }
        return out.toByteArray();
    }

    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static AnnexPolicy accepting(String... formats) {
        return new AnnexPolicy(new IntakeSettings("INACAL/GG", List.of(formats)));
    }
}

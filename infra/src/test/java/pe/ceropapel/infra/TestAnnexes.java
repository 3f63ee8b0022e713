package pe.ceropapel.infra;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Annexes made by tests: office documents, images, archives, web pages and programs, built in memory. */
final class TestAnnexes {

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns="
            + "\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    private static final String DOCUMENT = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w="
            + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Relación de "
            + "balanzas</w:t></w:r></w:p></w:body></w:document>";

    private TestAnnexes() {
    }

    /** A Word document (Office Open XML) of one paragraph. */
    static byte[] docx() {
        return zip(Map.of("[Content_Types].xml", CONTENT_TYPES, "word/document.xml", DOCUMENT));
    }

    /** The same Word document with a VBA project: what a {@code .docm} with macros holds. */
    static byte[] docxWithMacros() {
        return zip(Map.of("[Content_Types].xml", CONTENT_TYPES, "word/document.xml", DOCUMENT,
                "word/vbaProject.bin", "Attribute VB_Name = \"AutoOpen\""));
    }

    /** A ZIP archive of two plain files. */
    static byte[] zipArchive() {
        return zip(Map.of("planos/plano-1.txt", "Plano de ubicación", "leeme.txt", "Abra los planos"));
    }

    /** A web page with a script. */
    static byte[] htmlPage() {
        return "<!DOCTYPE html>\n<html><body><script>fetch('/api/documents')</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The start of a Windows program (an MZ header with its PE signature), whatever it is named. */
    static byte[] windowsProgram() {
        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        program[0x3C] = (byte) 0x80;
        program[0x80] = 'P';
        program[0x81] = 'E';
        return program;
    }

    /** A PNG image of 2 × 2 pixels. */
    static byte[] png() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] zip(Map<String, String> entries) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (Map.Entry<String, String> entry : new LinkedHashMap<>(entries).entrySet()) {
                    zip.putNextEntry(new ZipEntry(entry.getKey()));
                    zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package pe.ceropapel.command.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import pe.ceropapel.command.intake.AnnexRefusedException.Reason;

/**
 * Recognises what an annex is from its bytes (magic numbers, the entries of a ZIP container, the
 * directory names of an OLE2 compound file), never from the name or type its sender declares: a
 * program named {@code informe.pdf} is a program. Office documents are looked into for macros,
 * ActiveX controls, embedded programs and remote templates, which run code when opened.
 */
final class AnnexContent {

    /** What the content is: a format, or why it is refused whatever the entity accepts. */
    record Recognised(AnnexFormat format, Reason refusal) {

        static Recognised as(AnnexFormat format) {
            return new Recognised(format, null);
        }

        static Recognised refused(Reason refusal) {
            return new Recognised(null, refusal);
        }
    }

    private static final int HEAD = 64 * 1024;
    /** The most entries a ZIP container may list; more is an archive, not an office document. */
    private static final int MAX_ENTRIES = 10_000;
    /** The most bytes read of one entry that is looked into ({@code [Content_Types].xml}, relationships). */
    private static final int MAX_ENTRY_READ = 1024 * 1024;

    private static final List<byte[]> EXECUTABLES = List.of(ascii("MZ"), bytes(0x7F, 'E', 'L', 'F'),
            bytes(0xFE, 0xED, 0xFA, 0xCE), bytes(0xFE, 0xED, 0xFA, 0xCF), bytes(0xCE, 0xFA, 0xED, 0xFE),
            bytes(0xCF, 0xFA, 0xED, 0xFE), bytes(0xCA, 0xFE, 0xBA, 0xBE), ascii("#!"), ascii("dex\n"),
            bytes(0x4C, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00));
    private static final List<byte[]> ARCHIVES = List.of(ascii("Rar!\u001A\u0007"),
            bytes('7', 'z', 0xBC, 0xAF, 0x27, 0x1C), bytes(0x1F, 0x8B), ascii("BZh"),
            bytes(0xFD, '7', 'z', 'X', 'Z', 0x00), ascii("MSCF"), bytes(0x28, 0xB5, 0x2F, 0xFD));
    private static final byte[][] ZIP = {bytes('P', 'K', 3, 4), bytes('P', 'K', 5, 6), bytes('P', 'K', 7, 8)};
    private static final byte[] OLE2 = bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
    private static final List<String> MARKUP = List.of("<html", "<!doctype", "<script", "<svg", "<iframe", "<body",
            "<?xml", "<object", "<embed", "<meta", "<head", "<form");

    private AnnexContent() {
    }

    static Recognised recognise(Path file) throws IOException {
        byte[] head = head(file);
        if (EXECUTABLES.stream().anyMatch(magic -> startsWith(head, magic))) {
            return Recognised.refused(Reason.EXECUTABLE);
        }
        if (indexOf(head, ascii("%PDF-"), 1024) >= 0) {
            return Recognised.as(AnnexFormat.PDF);
        }
        if (startsWith(head, bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'))) {
            return Recognised.as(AnnexFormat.PNG);
        }
        if (startsWith(head, bytes(0xFF, 0xD8, 0xFF))) {
            return Recognised.as(AnnexFormat.JPEG);
        }
        if (startsWith(head, ascii("II*\0")) || startsWith(head, ascii("MM\0*"))) {
            return Recognised.as(AnnexFormat.TIFF);
        }
        if (startsWith(head, ascii("GIF87a")) || startsWith(head, ascii("GIF89a"))) {
            return Recognised.as(AnnexFormat.GIF);
        }
        if (startsWith(head, OLE2)) {
            return compoundFile(file);
        }
        for (byte[] zip : ZIP) {
            if (startsWith(head, zip)) {
                return zipContainer(file);
            }
        }
        if (ARCHIVES.stream().anyMatch(magic -> startsWith(head, magic))
                || indexOf(head, ascii("ustar"), 512) == 257) {
            return Recognised.refused(Reason.ARCHIVE);
        }
        String text = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (MARKUP.stream().anyMatch(text::contains)) {
            return Recognised.refused(Reason.MARKUP);
        }
        return isText(head) ? Recognised.as(AnnexFormat.TXT) : Recognised.refused(Reason.NOT_ACCEPTED);
    }

    /**
     * An OLE2 compound file (Word 97-2003, Excel, PowerPoint, but also installers and mail): its
     * directory's entry names, UTF-16LE, tell which; a VBA project or a packaged program refuses it.
     */
    private static Recognised compoundFile(Path file) throws IOException {
        List<String> names = List.of("_VBA_PROJECT", "\u0001Ole10Native", "WordDocument", "PowerPoint Document",
                "Workbook", "Book");
        Set<String> found = Utf16Names.find(file, names);
        if (found.contains("_VBA_PROJECT") || found.contains("\u0001Ole10Native")) {
            return Recognised.refused(Reason.MACROS);
        }
        if (found.contains("WordDocument")) {
            return Recognised.as(AnnexFormat.DOC);
        }
        if (found.contains("PowerPoint Document")) {
            return Recognised.as(AnnexFormat.PPT);
        }
        if (found.contains("Workbook") || found.contains("Book")) {
            return Recognised.as(AnnexFormat.XLS);
        }
        return Recognised.refused(Reason.NOT_ACCEPTED);
    }

    /** A ZIP container: an Office Open XML or OpenDocument file, or else an archive. */
    private static Recognised zipContainer(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                return Recognised.refused(Reason.ARCHIVE);
            }
            Set<String> names = new HashSet<>();
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                names.add(entries.nextElement().getName());
            }
            if (names.contains("[Content_Types].xml")) {
                return officeOpenXml(zip, names);
            }
            if (names.contains("mimetype")) {
                return openDocument(zip, names);
            }
            return Recognised.refused(Reason.ARCHIVE);
        } catch (ZipException broken) {
            return Recognised.refused(Reason.ARCHIVE);
        }
    }

    private static Recognised officeOpenXml(ZipFile zip, Set<String> names) throws IOException {
        boolean active = names.stream().map(name -> name.toLowerCase(Locale.ROOT)).anyMatch(name ->
                name.endsWith("vbaproject.bin") || name.contains("activex/") || name.startsWith("xl/macrosheets/")
                        || name.contains("/embeddings/") && name.endsWith(".bin"))
                || read(zip, "[Content_Types].xml").toLowerCase(Locale.ROOT).contains("macroenabled")
                || remoteTemplate(read(zip, "word/_rels/settings.xml.rels"));
        if (active) {
            return Recognised.refused(Reason.MACROS);
        }
        if (names.contains("word/document.xml")) {
            return Recognised.as(AnnexFormat.DOCX);
        }
        if (names.contains("xl/workbook.xml")) {
            return Recognised.as(AnnexFormat.XLSX);
        }
        if (names.contains("ppt/presentation.xml")) {
            return Recognised.as(AnnexFormat.PPTX);
        }
        return Recognised.refused(Reason.NOT_ACCEPTED);
    }

    /** A template fetched from elsewhere when the document opens: how macros are brought into a clean file. */
    private static boolean remoteTemplate(String relationships) {
        return relationships.contains("attachedTemplate") && relationships.contains("External");
    }

    private static Recognised openDocument(ZipFile zip, Set<String> names) throws IOException {
        if (names.stream().anyMatch(name -> name.startsWith("Basic/") || name.startsWith("Scripts/"))) {
            return Recognised.refused(Reason.MACROS);
        }
        return switch (read(zip, "mimetype").strip()) {
            case "application/vnd.oasis.opendocument.text" -> Recognised.as(AnnexFormat.ODT);
            case "application/vnd.oasis.opendocument.spreadsheet" -> Recognised.as(AnnexFormat.ODS);
            case "application/vnd.oasis.opendocument.presentation" -> Recognised.as(AnnexFormat.ODP);
            default -> Recognised.refused(Reason.NOT_ACCEPTED);
        };
    }

    /** At most {@link #MAX_ENTRY_READ} bytes of an entry, or nothing when there is no such entry. */
    private static String read(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return "";
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(MAX_ENTRY_READ), StandardCharsets.UTF_8);
        }
    }

    /** Text: no NUL and no control character but tab, line breaks and form feed. */
    private static boolean isText(byte[] head) {
        for (byte b : head) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return indexOf(data, prefix, prefix.length) == 0;
    }

    /** Where {@code needle} starts within the first {@code window} bytes of {@code data}, or -1. */
    private static int indexOf(byte[] data, byte[] needle, int window) {
        int last = Math.min(data.length, window) - needle.length;
        for (int i = 0; i <= last; i++) {
            int j = 0;
            while (j < needle.length && data[i + j] == needle[j]) {
                j++;
            }
            if (j == needle.length) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }

    /** Finds names written UTF-16LE anywhere in a file, reading it once in blocks. */
    private static final class Utf16Names {

        private static final int BLOCK = 1 << 16;

        static Set<String> find(Path file, List<String> names) throws IOException {
            List<byte[]> needles = new ArrayList<>();
            int longest = 0;
            for (String name : names) {
                byte[] needle = name.getBytes(StandardCharsets.UTF_16LE);
                needles.add(needle);
                longest = Math.max(longest, needle.length);
            }
            Set<String> found = new HashSet<>();
            byte[] window = new byte[BLOCK + longest];
            int kept = 0;
            try (InputStream in = Files.newInputStream(file)) {
                for (int read = in.readNBytes(window, kept, BLOCK); read > 0; read = in.readNBytes(window, kept, BLOCK)) {
                    int filled = kept + read;
                    for (int i = 0; i < needles.size(); i++) {
                        if (indexOf(window, needles.get(i), filled) >= 0) {
                            found.add(names.get(i));
                        }
                    }
                    kept = Math.min(longest - 1, filled);
                    System.arraycopy(window, filled - kept, window, 0, kept);
                }
            }
            return found;
        }
    }
}

package pe.ceropapel.command.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats an annex may have, each recognised by its content ({@link AnnexContent}), never by the
 * name or type its sender declares: an entity accepts those it lists ({@code ceropapel.annexes.accepted}).
 * Archives, web pages and programs are not formats: they are never accepted.
 */
enum AnnexFormat {
    PDF("application/pdf", "pdf"),
    DOC("application/msword", "doc"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLS("application/vnd.ms-excel", "xls"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPT("application/vnd.ms-powerpoint", "ppt"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    ODP("application/vnd.oasis.opendocument.presentation", "odp"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png"),
    TIFF("image/tiff", "tif", "tiff"),
    GIF("image/gif", "gif"),
    TXT("text/plain", "txt"),
    CSV("text/csv", "csv");

    private final String mediaType;
    private final List<String> extensions;

    AnnexFormat(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    String mediaType() {
        return mediaType;
    }

    /** The usual extension, without the dot. */
    String extension() {
        return extensions.get(0);
    }

    boolean hasExtension(String extension) {
        return extensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    /** The format named by one of its extensions or its media type, as configuration names it. */
    static Optional<AnnexFormat> named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT).replaceFirst("^\\.", "");
        return Arrays.stream(values())
                .filter(format -> format.mediaType.equals(wanted) || format.extensions.contains(wanted))
                .findFirst();
    }
}

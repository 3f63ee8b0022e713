package pe.ceropapel.command.intake;

import java.util.List;

/**
 * The entity's intake.
 *
 * @param office          the office whose mesa de partes receives what citizens and other entities send
 * @param acceptedAnnexes the annex formats accepted, by extension or media type (see {@link AnnexFormat})
 */
public record IntakeSettings(String office, List<String> acceptedAnnexes) {

    /** What an entity that names no formats accepts. */
    public static final List<String> DEFAULT_ACCEPTED_ANNEXES = List.of("pdf", "doc", "docx", "xls", "xlsx", "ppt",
            "pptx", "odt", "ods", "odp", "jpg", "png", "tif", "gif", "txt", "csv");
}

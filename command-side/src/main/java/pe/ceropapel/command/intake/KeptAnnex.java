package pe.ceropapel.command.intake;

import java.io.Serializable;

/** An annex checked and stored, with the name and media type its check gave it. */
public record KeptAnnex(String fileName, String mediaType, String objectKey, String sha256, long size)
        implements Serializable {
}

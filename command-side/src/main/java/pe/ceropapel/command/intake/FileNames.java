package pe.ceropapel.command.intake;

import java.text.Normalizer;

/** Makes an uploaded file's name safe to show and to offer for download; it never names a path. */
public final class FileNames {

    static final int MAX_LENGTH = 200;
    private static final String FALLBACK = "anexo";

    private FileNames() {
    }

    public static String sanitize(String original) {
        if (original == null) {
            return FALLBACK;
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}\\p{Cf}<>:\"|?*]", "_")
                .strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > MAX_LENGTH) {
            name = name.substring(name.length() - MAX_LENGTH);
        }
        return name.isBlank() ? FALLBACK : name;
    }
}

package pe.ceropapel.signature.pades;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs poppler's independent validator, {@code pdfsig}, and reads what it says about each signature. */
final class Pdfsig {

    /** One signature as pdfsig reports it: its type, its verdict and whether it covers the whole file. */
    record Entry(String type, String verdict, boolean totalDocumentSigned) {

        boolean isDocumentTimeStamp() {
            return !type.equals("ETSI.CAdES.detached") && !type.equals("adbe.pkcs7.detached");
        }
    }

    private Pdfsig() {
    }

    static List<Entry> run(Path pdf) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdfsig", pdf.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("pdfsig did not finish");
        }
        return parse(output);
    }

    private static List<Entry> parse(String output) {
        List<Entry> entries = new ArrayList<>();
        String type = null;
        String verdict = null;
        boolean total = false;
        for (String line : (output + "\nSignature #end").split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("Signature #")) {
                if (type != null) {
                    entries.add(new Entry(type, verdict, total));
                }
                type = "";
                verdict = null;
                total = false;
            } else if (trimmed.startsWith("- Signature Type:")) {
                type = value(trimmed);
            } else if (trimmed.startsWith("- Signature Validation:")) {
                verdict = value(trimmed);
            } else if (trimmed.equals("- Total document signed")) {
                total = true;
            }
        }
        return entries;
    }

    private static String value(String line) {
        return line.substring(line.indexOf(':') + 1).strip();
    }
}

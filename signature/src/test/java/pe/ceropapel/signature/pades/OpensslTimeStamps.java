package pe.ceropapel.signature.pades;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

/**
 * Checks a PDF's last document time-stamp (the archive time-stamp of PAdES-LTA) with OpenSSL, a
 * validator independent of DSS and BouncyCastle: {@code openssl ts -verify} over the signed bytes.
 */
final class OpensslTimeStamps {

    private OpensslTimeStamps() {
    }

    /** OpenSSL's verdict ("Verification: OK" when the token is valid for the bytes it covers). */
    static String verifyLastDocumentTimeStamp(Path pdf, X509Certificate root, Path work)
            throws IOException, InterruptedException {
        byte[] bytes = Files.readAllBytes(pdf);
        Path token = work.resolve("token.der");
        Path data = work.resolve("covered.bin");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDSignature timeStamp = document.getLastSignatureDictionary();
            Files.write(token, timeStamp.getContents(bytes));
            Files.write(data, timeStamp.getSignedContent(bytes));
        }
        Path rootPem;
        try {
            rootPem = Files.writeString(work.resolve("root.pem"), "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(root.getEncoded())
                    + "\n-----END CERTIFICATE-----\n");
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IOException(e);
        }
        Process process = new ProcessBuilder("openssl", "ts", "-verify", "-data", data.toString(), "-in",
                token.toString(), "-token_in", "-CAfile", rootPem.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("openssl did not finish");
        }
        return output.strip();
    }
}

package pe.ceropapel.signature.pades;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Keeps every signed PDF a test makes under {@code target/signed-samples/}, named after its case. */
final class SignedSamples {

    private static final Path DIRECTORY = Path.of("target", "signed-samples");

    private SignedSamples() {
    }

    static Path keep(String caseName, Path signed) throws IOException {
        Files.createDirectories(DIRECTORY);
        return Files.copy(signed, DIRECTORY.resolve(caseName + ".pdf"), StandardCopyOption.REPLACE_EXISTING);
    }
}

package pe.ceropapel.infra.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;
import pe.ceropapel.infra.config.SignatureProperties;

/**
 * What an embedded installation keeps in its data directory besides the engines' data, so that a
 * restored one is itself again: the development PKI ({@value #PKI}: CAs, TSA, seal and people's key
 * stores), the trusted lists' cache, and {@value #SETTINGS}, the signature settings that name its trust
 * anchors, trusted list, seal and public address, with copies of the certificate files they name.
 * The application reads {@value #SETTINGS} from its data directory at every start.
 */
final class InstallationFiles {

    static final String DIRECTORY = "installation";
    static final String SETTINGS = "installation.properties";
    private static final String PKI = "pki";
    private static final String TRUSTED_LIST_CACHE = "trusted-list-cache";
    private static final String PREFIX = "ceropapel.signature.";

    private InstallationFiles() {
    }

    /** Copies them from {@code dataDir} into {@code target}. */
    static void dump(Path dataDir, SignatureProperties signature, Path target) throws IOException {
        Files.createDirectories(target);
        for (String directory : List.of(PKI, TRUSTED_LIST_CACHE)) {
            if (Files.isDirectory(dataDir.resolve(directory))) {
                FileSystemUtils.copyRecursively(dataDir.resolve(directory), target.resolve(directory));
            }
        }
        Properties settings = new Properties();
        settings.setProperty(PREFIX + "public-url", signature.publicUrl());
        settings.setProperty(PREFIX + "entity-name", signature.entityName());
        settings.setProperty(PREFIX + "legend-name", signature.legendName());
        settings.setProperty(PREFIX + "entity-ruc", signature.entityRuc());
        if (signature.tsaUrl() != null && !signature.tsaUrl().isBlank()) {
            settings.setProperty(PREFIX + "tsa-url", signature.tsaUrl());
        }
        if (signature.trustedListUrl() != null) {
            settings.setProperty(PREFIX + "trusted-list-url", signature.trustedListUrl());
        }
        copyCertificates(signature.trustAnchors(), "trust-anchors", target, settings);
        copyCertificates(signature.trustedListSigners(), "trusted-list-signers", target, settings);
        try (OutputStream out = Files.newOutputStream(target.resolve(SETTINGS))) {
            settings.store(out, "Signature settings of the backed-up installation, read at every start");
        }
    }

    /** Copies the files of a backup's {@value #DIRECTORY} directory into a new installation's data directory. */
    static void restore(Path source, Path dataDir) throws IOException {
        if (!Files.isDirectory(source)) {
            return;
        }
        Files.createDirectories(dataDir);
        try (Stream<Path> entries = Files.list(source)) {
            for (Path entry : entries.toList()) {
                FileSystemUtils.copyRecursively(entry, dataDir.resolve(entry.getFileName().toString()));
            }
        }
    }

    /**
     * Copies each certificate file into {@code target/<setting>/} and names the copy in the settings,
     * relative to whichever data directory the restored installation runs on.
     */
    private static void copyCertificates(List<Path> files, String setting, Path target, Properties settings)
            throws IOException {
        for (int i = 0; i < files.size(); i++) {
            String name = i + "-" + files.get(i).getFileName();
            Files.copy(files.get(i), Files.createDirectories(target.resolve(setting)).resolve(name));
            settings.setProperty(PREFIX + setting + "[" + i + "]", "${ceropapel.data-dir:./data}/" + setting + "/" + name);
        }
    }
}

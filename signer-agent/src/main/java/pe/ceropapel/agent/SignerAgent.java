package pe.ceropapel.agent;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.apache.commons.io.FileUtils;
import pe.ceropapel.api.document.SignatureRole;
import pe.ceropapel.signature.batch.PdfArchives;
import pe.ceropapel.signature.pades.PadesLevel;
import pe.ceropapel.signature.pades.PadesSigner;
import pe.ceropapel.signature.pades.SignatureAppearance;
import pe.ceropapel.signature.pades.SigningKey;
import pe.ceropapel.signature.pades.SigningKeyException;
import pe.ceropapel.signature.pades.SigningKeys;
import pe.ceropapel.signature.pades.TrustSettings;

/**
 * A local signing client speaking Firma Perú's web signing protocol: it takes {@code param_url} and the
 * token, asks for the parameters, downloads the PDF (or the 7z archive of a batch), signs each PDF on
 * this computer with the key of a PKCS#11 token or a PKCS#12 file (PAdES level B with a visible stamp,
 * the certificate chosen by the parameters' {@code certificateFilter}), and uploads the result. The
 * server adds the time-stamp and validation data.
 */
public final class SignerAgent {

    private final ProtocolClient client = new ProtocolClient();
    private final PrintStream out;

    private SignerAgent(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] arguments) {
        AgentOptions options;
        try {
            options = AgentOptions.parse(arguments);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(AgentOptions.USAGE);
            System.exit(2);
            return;
        }
        System.exit(new SignerAgent(System.out).run(options, pin()));
    }

    /** Runs the protocol once with {@code pin}; answers 0 when the server accepted what was signed. */
    public static int run(PrintStream out, char[] pin, String... arguments) {
        return new SignerAgent(out).run(AgentOptions.parse(arguments), pin);
    }

    private int run(AgentOptions options, char[] pin) {
        Path workspace = null;
        try {
            workspace = Files.createTempDirectory("signer-agent");
            SigningParameters parameters = client.parameters(options.paramUrl(), options.token());
            out.println("Documento a firmar: " + parameters.documentToSign());
            Path downloaded = client.download(parameters.documentToSign(), workspace.resolve("por-firmar"));
            Path signed;
            try (SigningKey key = open(options, pin, Pattern.compile(parameters.certificateFilter()))) {
                out.println("Certificado: " + key.chain().get(0).getSubjectX500Principal().getName());
                signed = parameters.bachtOperation()
                        ? signBatch(downloaded, workspace, key, parameters)
                        : sign(downloaded, workspace.resolve("firmado.pdf"), key, parameters);
            }
            String answer = client.upload(parameters.uploadDocumentSigned(), signed,
                    parameters.bachtOperation() ? "firmados.7z" : "firmado.pdf");
            out.println(answer);
            return answer.contains("\"REFUSED\"") || answer.contains("\"WAITING\"") ? 1 : 0;
        } catch (IOException | SigningKeyException | IllegalArgumentException e) {
            out.println("No se pudo firmar: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            delete(workspace);
        }
    }

    private Path signBatch(Path archive, Path workspace, SigningKey key, SigningParameters parameters)
            throws IOException {
        Map<String, Path> signed = new LinkedHashMap<>();
        for (Map.Entry<String, Path> pdf : PdfArchives.unpack(archive, workspace.resolve("lote")).entrySet()) {
            signed.put(pdf.getKey(), sign(pdf.getValue(), workspace.resolve("firmado-" + signed.size() + ".pdf"), key,
                    parameters));
        }
        out.println(signed.size() + " documentos firmados");
        return PdfArchives.pack(signed, workspace.resolve("firmados.7z"));
    }

    private static Path sign(Path pdf, Path target, SigningKey key, SigningParameters parameters) {
        PadesSigner signer = new PadesSigner(new TrustSettings(List.of(), null, false));
        SignatureRole role = parameters.role() != null && parameters.role().toLowerCase().contains("visto")
                ? SignatureRole.APPROVAL : SignatureRole.SIGNATURE;
        signer.sign(pdf, target, new SignatureAppearance(commonName(key.chain().get(0)), null, role), PadesLevel.B, key);
        return target;
    }

    /** The key of a PKCS#12 file (its only one), or of a token, whose certificate the filter selects. */
    private static SigningKey open(AgentOptions options, char[] pin, Pattern certificateFilter) {
        if (options.pkcs12() != null) {
            return SigningKeys.pkcs12(options.pkcs12(), pin);
        }
        return SigningKeys.pkcs11Matching(options.pkcs11Library(), options.pkcs11Slot(), pin, certificateFilter);
    }

    private static String commonName(X509Certificate certificate) {
        try {
            return new LdapName(certificate.getSubjectX500Principal().getName()).getRdns().stream()
                    .filter(rdn -> rdn.getType().equalsIgnoreCase("CN")).map(Rdn::getValue).map(String::valueOf)
                    .findFirst().orElse(certificate.getSubjectX500Principal().getName());
        } catch (InvalidNameException e) {
            return certificate.getSubjectX500Principal().getName();
        }
    }

    private static char[] pin() {
        String fromEnvironment = System.getenv(AgentOptions.PIN_VARIABLE);
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalStateException("no console to ask for the PIN; set " + AgentOptions.PIN_VARIABLE);
        }
        return console.readPassword("PIN: ");
    }

    /** Removes the workspace; what cannot be removed is left for the operating system to clean. */
    private static void delete(Path workspace) {
        if (workspace != null) {
            FileUtils.deleteQuietly(workspace.toFile());
        }
    }
}

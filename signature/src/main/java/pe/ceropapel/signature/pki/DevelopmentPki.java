package pe.ceropapel.signature.pki;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A complete PKI for development and tests, kept in one directory: a root CA, an issuing CA, a
 * time-stamping unit, the organization seal and one PKCS#12 signing key per person, each protected
 * by a PIN. The CAs publish CRLs, certificates and OCSP answers under {@code publicationUrl}, which
 * the application serves over HTTP. Nothing here is meant for production trust.
 */
public final class DevelopmentPki {

    /** Usernames become file names: letters, digits, dot, dash and underscore only. */
    public static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Logger log = LoggerFactory.getLogger(DevelopmentPki.class);
    /** The CA keys are protected by the directory's permissions; this only satisfies the file format. */
    private static final char[] CA_PASSWORD = "ceropapel-dev-ca".toCharArray();
    private static final String SEAL = "seal";

    private final Path directory;
    private final String publicationUrl;
    private final String entityName;
    private final String entityRuc;
    private final CertificateProfiles.Issuer root;
    private final CertificateProfiles.Issuer issuing;
    private final TimeStampAuthority timeStampAuthority;
    private final OcspResponder ocspResponder;

    private DevelopmentPki(Path directory, String publicationUrl, String entityName, String entityRuc) {
        this.directory = directory;
        this.publicationUrl = publicationUrl;
        this.entityName = entityName;
        this.entityRuc = entityRuc;
        this.root = loadOrCreateRoot();
        this.issuing = loadOrCreateIssuing();
        this.timeStampAuthority = loadOrCreateTimeStampAuthority();
        this.ocspResponder = new OcspResponder(List.of(root, issuing), this::revoked);
    }

    /**
     * Opens the PKI kept in {@code directory}, creating what is missing.
     *
     * @param publicationUrl where the CAs' CRLs, certificates and OCSP responder are served, e.g.
     *                       {@code http://localhost:8080/pki}; written into every certificate issued
     */
    public static DevelopmentPki openOrCreate(Path directory, String publicationUrl, String entityName,
                                              String entityRuc) {
        try {
            Files.createDirectories(directory.resolve("people"));
        } catch (IOException e) {
            throw new PkiException("cannot create " + directory, e);
        }
        return new DevelopmentPki(directory, publicationUrl.replaceAll("/+$", ""), entityName, entityRuc);
    }

    public X509Certificate rootCertificate() {
        return root.certificate();
    }

    public X509Certificate issuingCertificate() {
        return issuing.certificate();
    }

    /**
     * Where this PKI's certificates say its CRLs, CA certificates and OCSP responder are (the
     * publication URL when they were issued, ending in {@code /}): the URL fetched while validating.
     */
    public String publishedAt() {
        byte[] extension = issuing.certificate().getExtensionValue(Extension.cRLDistributionPoints.getId());
        DistributionPoint point = CRLDistPoint.getInstance(ASN1OctetString.getInstance(extension).getOctets())
                .getDistributionPoints()[0];
        GeneralName name = GeneralNames.getInstance(point.getDistributionPoint().getName()).getNames()[0];
        String crlUrl = ASN1IA5String.getInstance(name.getName()).getString();
        return crlUrl.substring(0, crlUrl.lastIndexOf('/') + 1);
    }

    /** The certificates trusted in development: the root CA only. */
    public List<X509Certificate> trustAnchors() {
        return List.of(root.certificate());
    }

    /** A CA certificate in DER, by its published name ({@code root} or {@code issuing}). */
    public Optional<byte[]> caCertificate(String name) {
        return issuerNamed(name).map(issuer -> {
            try {
                return issuer.certificate().getEncoded();
            } catch (CertificateEncodingException e) {
                throw new PkiException("cannot encode the certificate of " + name, e);
            }
        });
    }

    /** A fresh CRL in DER, by the CA's published name ({@code root} or {@code issuing}). */
    public Optional<byte[]> crl(String name) {
        return issuerNamed(name).map(issuer -> RevocationLists.issue(issuer, revoked()));
    }

    public TimeStampAuthority timeStampAuthority() {
        return timeStampAuthority;
    }

    public OcspResponder ocspResponder() {
        return ocspResponder;
    }

    /** The PKCS#12 file of a person's signing key, issued (protected by {@code pin}) when the person has none. */
    public synchronized Path personKeyStore(String username, String fullName, char[] pin) {
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("not a username: " + username);
        }
        Path file = directory.resolve("people").resolve(username + ".p12");
        if (!Files.exists(file)) {
            issueSigner(file, name(fullName, username), pin);
            log.info("Issued a development signing certificate for {}", username);
        }
        return file;
    }

    /**
     * A PKCS#12 file shaped like a certificate of a Peruvian DNIe, for trying a local signing client
     * (a soft token, SoftHSM2) against this installation: serialNumber {@code PNOPE-<dni>} and a common
     * name {@code <fullName> <usage> <dni>}, where usage is {@code FIR} (signature) or {@code AUT}
     * (authentication), as a DNIe carries both. Issued by this PKI, so trusted where it is.
     */
    public Path dnieShapedKeyStore(Path file, String dni, String fullName, String usage, char[] pin) {
        if (!dni.matches("\\d{8}") || !usage.matches("FIR|AUT")) {
            throw new IllegalArgumentException("a DNI of 8 digits and FIR or AUT are needed");
        }
        issueSigner(file, name(fullName + " " + usage + " " + dni, "PNOPE-" + dni), pin);
        return file;
    }

    /**
     * The signing certificate this PKI issued to a person, when it issued one: the certificate the
     * person is registered with in development. Nothing is issued here.
     */
    public Optional<X509Certificate> personCertificate(String username, char[] pin) {
        if (!USERNAME.matcher(username).matches()) {
            return Optional.empty();
        }
        Path file = directory.resolve("people").resolve(username + ".p12");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of((X509Certificate) KeyStoreFiles.read(file, pin).getCertificate());
        } catch (PkiException e) {
            return Optional.empty();
        }
    }

    /** The current CRLs of the root and issuing CAs, at hand without any network request. */
    public List<X509CRL> revocationLists() {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<X509CRL> lists = new ArrayList<>();
            for (CertificateProfiles.Issuer issuer : List.of(root, issuing)) {
                lists.add((X509CRL) factory.generateCRL(new ByteArrayInputStream(
                        RevocationLists.issue(issuer, revoked()))));
            }
            return lists;
        } catch (CertificateException | CRLException e) {
            throw new PkiException("cannot read the development CRLs", e);
        }
    }

    /** The PKCS#12 file of the organization seal, issued (protected by {@code pin}) on first use. */
    public synchronized Path sealKeyStore(char[] pin) {
        Path file = directory.resolve(SEAL + ".p12");
        if (!Files.exists(file)) {
            issueSigner(file, new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "PE")
                    .addRDN(BCStyle.O, entityName).addRDN(BCStyle.ORGANIZATION_IDENTIFIER, "RUC" + entityRuc)
                    .addRDN(BCStyle.CN, entityName + " (sello)").build(), pin);
        }
        return file;
    }

    /** Revokes a certificate issued by this PKI: its CRLs and OCSP answers report it from now on. */
    public synchronized void revoke(X509Certificate certificate) {
        Properties revoked = readRevoked();
        revoked.setProperty(certificate.getSerialNumber().toString(16), Instant.now().toString());
        Path file = directory.resolve("revoked.properties");
        try {
            Path temporary = Files.createTempFile(directory, "revoked", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                revoked.store(out, "serial (hex) = revocation instant");
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new PkiException("cannot record the revocation", e);
        }
    }

    private synchronized Map<BigInteger, Instant> revoked() {
        Map<BigInteger, Instant> revoked = new HashMap<>();
        readRevoked().forEach((serial, when) ->
                revoked.put(new BigInteger((String) serial, 16), Instant.parse((String) when)));
        return revoked;
    }

    private Properties readRevoked() {
        Properties revoked = new Properties();
        Path file = directory.resolve("revoked.properties");
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                revoked.load(in);
            } catch (IOException e) {
                throw new PkiException("cannot read " + file, e);
            }
        }
        return revoked;
    }

    private void issueSigner(Path file, X500Name subject, char[] pin) {
        KeyPair keys = CertificateProfiles.newKeyPair();
        X509Certificate certificate = CertificateProfiles.signer(subject, keys, issuing);
        KeyStoreFiles.write(file, keys.getPrivate(), List.of(certificate, issuing.certificate(), root.certificate()), pin);
    }

    private X500Name name(String commonName, String serialNumber) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "PE").addRDN(BCStyle.O, entityName)
                .addRDN(BCStyle.SERIALNUMBER, serialNumber).addRDN(BCStyle.CN, commonName).build();
    }

    private Optional<CertificateProfiles.Issuer> issuerNamed(String name) {
        return List.of(root, issuing).stream().filter(issuer -> issuer.name().equals(name)).findFirst();
    }

    private CertificateProfiles.Issuer loadOrCreateRoot() {
        return loadOrCreate("root", keys -> CertificateProfiles.root(
                caName(entityName + " - Raíz de desarrollo"), keys), null);
    }

    private CertificateProfiles.Issuer loadOrCreateIssuing() {
        return loadOrCreate("issuing", keys -> CertificateProfiles.issuingCa(
                caName(entityName + " - Firma de desarrollo"), keys, root), root);
    }

    private TimeStampAuthority loadOrCreateTimeStampAuthority() {
        CertificateProfiles.Issuer tsa = loadOrCreate("tsa", keys -> CertificateProfiles.timeStamping(
                caName(entityName + " - Sellado de tiempo de desarrollo"), keys, issuing), issuing);
        return new TimeStampAuthority(tsa.key(), List.of(tsa.certificate(), issuing.certificate(), root.certificate()));
    }

    private X500Name caName(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "PE").addRDN(BCStyle.O, entityName)
                .addRDN(BCStyle.CN, commonName).build();
    }

    private interface CertificateMaker {
        X509Certificate make(KeyPair keys);
    }

    private CertificateProfiles.Issuer loadOrCreate(String name, CertificateMaker maker,
                                                    CertificateProfiles.Issuer parent) {
        Path file = directory.resolve(name + ".p12");
        if (!Files.exists(file)) {
            KeyPair keys = CertificateProfiles.newKeyPair();
            X509Certificate certificate = maker.make(keys);
            List<X509Certificate> chain = parent == null ? List.of(certificate)
                    : List.of(certificate, parent.certificate());
            KeyStoreFiles.write(file, keys.getPrivate(), chain, CA_PASSWORD);
            log.info("Created the development {} certificate: {}", name, certificate.getSubjectX500Principal());
        }
        KeyStore.PrivateKeyEntry entry = KeyStoreFiles.read(file, CA_PASSWORD);
        return new CertificateProfiles.Issuer(entry.getPrivateKey(), (X509Certificate) entry.getCertificate(),
                publicationUrl, name);
    }
}

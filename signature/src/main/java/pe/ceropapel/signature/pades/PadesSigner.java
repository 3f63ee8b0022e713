package pe.ceropapel.signature.pades;

import eu.europa.esig.dss.alert.exception.AlertException;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.EncryptionAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignerTextHorizontalAlignment;
import eu.europa.esig.dss.enumerations.TextWrapping;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.FileDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.DSSFileFont;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.SignatureImageTextParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import pe.ceropapel.signature.stamp.StampBox;
import pe.ceropapel.signature.stamp.StampTexts;

/**
 * Makes PAdES signatures with a visible stamp, as incremental revisions that keep every earlier
 * signature valid: in one step with a key we hold, or in two steps for a signer who keeps the key
 * ({@link #dataToSign} then {@link #complete}). Also extends signed PDFs to a higher level.
 */
public final class PadesSigner {

    private static final ZoneId LIMA = ZoneId.of("America/Lima");
    private static final DateTimeFormatter STAMP_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss xxx");
    private static final float STAMP_FONT_SIZE = 7;
    /** Room in the CMS signature for what is not a certificate: signed attributes, signature value, structure. */
    private static final int CMS_ROOM = 4_096;
    /** Room for a signature time-stamp token (levels T and above) with its authority's certificates. */
    private static final int TIME_STAMP_ROOM = 16_384;

    /** DSS mixes the document's name into the PDF's /ID; one fixed name keeps both remote steps identical. */
    private static final String DOCUMENT_NAME = "documento.pdf";

    private final PAdESService service;
    private final boolean timeStamps;

    public PadesSigner(TrustSettings settings) {
        TSPSource timeStampSource = DssContext.timeStamps(settings);
        service = new PAdESService(DssContext.verifier(settings));
        // the implementation DSS's service loader finds first, chosen once: by default DSS scans the
        // classpath for it twice per signature (6% of a signature's time in the benchmark's profile)
        service.setPdfObjFactory(new PdfBoxNativeObjectFactory());
        service.setTspSource(timeStampSource);
        timeStamps = timeStampSource != null;
    }

    /** Where the next signature's visible stamp goes on {@code pdf}: the next free place of the stamp grid. */
    public static StampBox nextStamp(Path pdf) {
        return PdfPreconditions.nextStamp(pdf);
    }

    /** Signs {@code source} with a key we hold, now, writing the signed PDF to {@code target}. */
    public void sign(Path source, Path target, SignatureAppearance appearance, PadesLevel level, SigningKey key) {
        Signing signing = prepare(source, appearance, level, key.chain(), Instant.now());
        finish(signing, key.sign(signing.data()), target);
    }

    /** Step one of remote signing: what the signer must sign for a signature made at {@code signingTime}. */
    public DataToSign dataToSign(Path source, SignatureAppearance appearance, PadesLevel level,
                                 List<X509Certificate> chain, Instant signingTime) {
        Signing signing = prepare(source, appearance, level, chain, signingTime);
        return new DataToSign(signing.data(), DSSUtils.digest(DigestAlgorithm.SHA256, signing.data()),
                DigestAlgorithm.SHA256.getJavaName(), signing.algorithm().getJCEId());
    }

    /**
     * Step two of remote signing: checks the signer's value against the same data and certificate,
     * then completes the PAdES signature. The arguments must be those of step one.
     */
    public void complete(Path source, Path target, SignatureAppearance appearance, PadesLevel level,
                         List<X509Certificate> chain, Instant signingTime, byte[] signatureValue) {
        Signing signing = prepare(source, appearance, level, chain, signingTime);
        if (!verifies(signing.algorithm(), chain.get(0), signing.data(), signatureValue)) {
            throw new SigningRefusedException(SigningRefusedException.Reason.BAD_SIGNATURE_VALUE,
                    "the signature value does not match the data to sign and the certificate", null);
        }
        finish(signing, signatureValue, target);
    }

    /** A signature under way: the document, its parameters, the bytes to sign and the algorithm to sign them with. */
    private record Signing(DSSDocument document, PAdESSignatureParameters parameters, byte[] data,
                           SignatureAlgorithm algorithm) {
    }

    private Signing prepare(Path source, SignatureAppearance appearance, PadesLevel level, List<X509Certificate> chain,
                            Instant signingTime) {
        DSSDocument document = document(source);
        PAdESSignatureParameters parameters = parameters(source, appearance, level, chain, signingTime);
        ToBeSigned data = dss(() -> service.getDataToSign(document, parameters));
        return new Signing(document, parameters, data.getBytes(), algorithm(chain.get(0)));
    }

    private void finish(Signing signing, byte[] signatureValue, Path target) {
        SignatureValue value = new SignatureValue(signing.algorithm(), signatureValue);
        write(dss(() -> service.signDocument(signing.document(), signing.parameters(), value)), target);
    }

    /** Raises every signature of a signed PDF to {@code level} (revocation data, archive time-stamp). */
    public void extend(Path source, Path target, PadesLevel level) {
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(level.dss());
        write(dss(() -> service.extendDocument(document(source), parameters)), target);
    }

    private static DSSDocument document(Path source) {
        FileDocument document = new FileDocument(source.toFile());
        document.setName(DOCUMENT_NAME);
        return document;
    }

    private PAdESSignatureParameters parameters(Path source, SignatureAppearance appearance, PadesLevel level,
                                                List<X509Certificate> chain, Instant signingTime) {
        if (level != PadesLevel.B && !timeStamps) {
            throw new SigningRefusedException(SigningRefusedException.Reason.SERVICES_UNAVAILABLE,
                    "level " + level.label() + " needs a time-stamping authority", null);
        }
        StampBox box = PdfPreconditions.nextStamp(source);
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(level.dss());
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        List<CertificateToken> certificates = chain.stream().map(CertificateToken::new).toList();
        parameters.setSigningCertificate(certificates.get(0));
        parameters.setCertificateChain(certificates);
        parameters.bLevel().setSigningDate(Date.from(signingTime));
        parameters.setSigningTimeZone(TimeZone.getTimeZone(LIMA));
        parameters.setReason(StampTexts.text("reason." + appearance.role().name()));
        parameters.setSignerName(appearance.signerName());
        parameters.setContentSize(contentSize(certificates, level));
        parameters.setImageParameters(stamp(box, appearance, signingTime));
        return parameters;
    }

    /**
     * The bytes reserved for the CMS signature, written in hexadecimal into the PDF: the chain's
     * certificates and room for the rest. Sized for each signature rather than for the largest one, as
     * every byte reserved stays in the document and DSS copies the document byte by byte around it.
     */
    private static int contentSize(List<CertificateToken> chain, PadesLevel level) {
        int certificates = chain.stream().mapToInt(certificate -> certificate.getEncoded().length).sum();
        return certificates + CMS_ROOM + (level == PadesLevel.B ? 0 : TIME_STAMP_ROOM);
    }

    private static SignatureImageParameters stamp(StampBox box, SignatureAppearance appearance, Instant signingTime) {
        SignatureFieldParameters field = new SignatureFieldParameters();
        field.setPage(box.page() + 1);
        field.setOriginX(box.x());
        field.setOriginY(box.yFromTop());
        field.setWidth(box.width());
        field.setHeight(box.height());
        SignatureImageTextParameters text = new SignatureImageTextParameters();
        DSSFileFont font = DSSFileFont.initializeDefault();
        font.setSize(STAMP_FONT_SIZE);
        text.setFont(font);
        text.setText(stampText(appearance, signingTime));
        text.setTextWrapping(TextWrapping.FILL_BOX);
        text.setSignerTextHorizontalAlignment(SignerTextHorizontalAlignment.LEFT);
        text.setPadding(3);
        text.setBackgroundColor(new Color(0xF2, 0xF5, 0xFA));
        SignatureImageParameters image = new SignatureImageParameters();
        image.setFieldParameters(field);
        image.setTextParameters(text);
        return image;
    }

    static String stampText(SignatureAppearance appearance, Instant signingTime) {
        String role = appearance.role().name();
        StringBuilder text = new StringBuilder()
                .append(StampTexts.text("stamp.role." + role)).append(" - ").append(StampTexts.text("stamp.signed-by"))
                .append('\n').append(appearance.signerName());
        if (appearance.position() != null && !appearance.position().isBlank()) {
            text.append('\n').append(appearance.position());
        }
        return text.append('\n').append(StampTexts.text("stamp.reason", StampTexts.text("reason." + role)))
                .append('\n').append(StampTexts.text("stamp.date", STAMP_TIME.format(signingTime.atZone(LIMA))))
                .toString();
    }

    private static SignatureAlgorithm algorithm(X509Certificate certificate) {
        return SignatureAlgorithm.getAlgorithm(EncryptionAlgorithm.forKey(certificate.getPublicKey()),
                DigestAlgorithm.SHA256);
    }

    private static boolean verifies(SignatureAlgorithm algorithm, X509Certificate certificate, byte[] data,
                                    byte[] value) {
        try {
            Signature signature = Signature.getInstance(algorithm.getJCEId());
            signature.initVerify(certificate.getPublicKey());
            signature.update(data);
            return signature.verify(value);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static void write(DSSDocument signed, Path target) {
        try (OutputStream out = Files.newOutputStream(target)) {
            signed.writeTo(out);
        } catch (IOException e) {
            throw new SigningRefusedException(SigningRefusedException.Reason.MALFORMED, "cannot write the signed PDF", e);
        }
    }

    private interface DssCall<T> {
        T call();
    }

    /** DSS reports every failure as an unchecked exception; translate it once, here, into ours. */
    private static <T> T dss(DssCall<T> call) {
        try {
            return call.call();
        } catch (SigningRefusedException e) {
            throw e;
        } catch (AlertException e) {
            throw new SigningRefusedException(SigningRefusedException.Reason.CERTIFICATE,
                    "the signing certificate cannot be used: " + e.getMessage(), e);
        } catch (DSSException | IllegalArgumentException | IllegalStateException e) {
            throw new SigningRefusedException(reasonOf(e), "DSS refused to sign: " + e.getMessage(), e);
        }
    }

    private static SigningRefusedException.Reason reasonOf(RuntimeException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase();
        if (message.contains("revocation") || message.contains("revoked") || message.contains("expired")
                || message.contains("not yet valid") || message.contains("certificate")) {
            return SigningRefusedException.Reason.CERTIFICATE;
        }
        if (message.contains("timestamp") || message.contains("tsp") || message.contains("connect")) {
            return SigningRefusedException.Reason.SERVICES_UNAVAILABLE;
        }
        return SigningRefusedException.Reason.MALFORMED;
    }
}

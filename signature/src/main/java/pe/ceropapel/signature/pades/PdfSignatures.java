package pe.ceropapel.signature.pades;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;

/** A PDF's signature dictionaries, and the certificates their CMS containers carry. */
public final class PdfSignatures {

    private PdfSignatures() {
    }

    /** How many signatures (signature dictionaries with a byte range) the PDF holds. */
    public static int count(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return (int) document.getSignatureDictionaries().stream()
                    .filter(signature -> signature.getByteRange() != null && signature.getByteRange().length == 4)
                    .count();
        }
    }

    /**
     * The certificates of the signature that ends last in the file (the newest): the signer's first,
     * then the others it carries; empty when the PDF has no signature or its container cannot be read.
     */
    public static List<X509Certificate> certificatesOfNewest(Path pdf) throws IOException {
        byte[] bytes = Files.readAllBytes(pdf);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDSignature newest = document.getSignatureDictionaries().stream()
                    .filter(signature -> signature.getByteRange() != null && signature.getByteRange().length == 4)
                    .max(Comparator.comparingLong(signature -> signature.getByteRange()[2]
                            + (long) signature.getByteRange()[3]))
                    .orElse(null);
            return newest == null ? List.of() : certificates(newest.getContents(bytes));
        }
    }

    private static List<X509Certificate> certificates(byte[] cms) {
        try {
            CMSSignedData signed = new CMSSignedData(cms);
            SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            List<X509Certificate> chain = new ArrayList<>();
            for (X509CertificateHolder holder : signed.getCertificates().getMatches(null)) {
                X509Certificate certificate = converter.getCertificate(holder);
                if (signer.getSID().match(holder)) {
                    chain.add(0, certificate);
                } else {
                    chain.add(certificate);
                }
            }
            return List.copyOf(chain);
        } catch (CMSException | CertificateException | RuntimeException e) {
            return List.of();
        }
    }
}

package pe.ceropapel.signature.pades;

import eu.europa.esig.dss.enumerations.CertificationPermission;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.FileDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.enumerations.EncryptionAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import java.io.IOException;
import java.nio.file.Path;

/** Makes PDFs certified by their author with "no changes allowed", as another product would. */
final class CertifiedPdfs {

    private CertifiedPdfs() {
    }

    static void certifyWithNoChanges(Path source, Path target, SigningKey key) throws IOException {
        PAdESService service = new PAdESService(new CommonCertificateVerifier());
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(new CertificateToken(key.chain().get(0)));
        parameters.setPermission(CertificationPermission.NO_CHANGE_PERMITTED);
        DSSDocument document = new FileDocument(source.toFile());
        ToBeSigned data = service.getDataToSign(document, parameters);
        SignatureValue value = new SignatureValue(SignatureAlgorithm.getAlgorithm(
                EncryptionAlgorithm.forKey(key.chain().get(0).getPublicKey()), DigestAlgorithm.SHA256),
                key.sign(data.getBytes()));
        service.signDocument(document, parameters, value).save(target.toString());
    }
}

package pe.ceropapel.signature.pades;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.EncryptionAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SignaturePackaging;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.xades.XAdESSignatureParameters;
import eu.europa.esig.dss.xades.signature.XAdESService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * ETSI TS 119 612 trusted lists made by tests, as a supervisory body would publish them: one trust
 * service provider with one granted CA service, the list signed (XAdES, enveloped) by its operator.
 */
final class TestTrustedLists {

    private TestTrustedLists() {
    }

    static byte[] signedList(X509Certificate trustedCa, SigningKey operator) throws IOException, CertificateEncodingException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <tsl:TrustServiceStatusList xmlns:tsl="http://uri.etsi.org/02231/v2#" Id="TSL" TSLTag="http://uri.etsi.org/19612/TSLTag">
                  <tsl:SchemeInformation>
                    <tsl:TSLVersionIdentifier>5</tsl:TSLVersionIdentifier>
                    <tsl:TSLSequenceNumber>1</tsl:TSLSequenceNumber>
                    <tsl:TSLType>http://uri.etsi.org/TrstSvc/TrustedList/TSLType/EUgeneric</tsl:TSLType>
                    <tsl:SchemeOperatorName><tsl:Name xml:lang="es">Autoridad de Pruebas</tsl:Name></tsl:SchemeOperatorName>
                    <tsl:SchemeOperatorAddress>
                      <tsl:PostalAddresses><tsl:PostalAddress xml:lang="es"><tsl:StreetAddress>Av. Prueba 1</tsl:StreetAddress><tsl:Locality>Lima</tsl:Locality><tsl:CountryName>PE</tsl:CountryName></tsl:PostalAddress></tsl:PostalAddresses>
                      <tsl:ElectronicAddress><tsl:URI xml:lang="es">mailto:tsl@example.pe</tsl:URI></tsl:ElectronicAddress>
                    </tsl:SchemeOperatorAddress>
                    <tsl:SchemeName><tsl:Name xml:lang="es">PE: Lista de confianza de pruebas</tsl:Name></tsl:SchemeName>
                    <tsl:SchemeInformationURI><tsl:URI xml:lang="es">https://example.pe/tsl</tsl:URI></tsl:SchemeInformationURI>
                    <tsl:StatusDeterminationApproach>http://uri.etsi.org/TrstSvc/TrustedList/StatusDetn/EUappropriate</tsl:StatusDeterminationApproach>
                    <tsl:SchemeTypeCommunityRules><tsl:URI xml:lang="es">http://uri.etsi.org/TrstSvc/TrustedList/schemerules/EUcommon</tsl:URI></tsl:SchemeTypeCommunityRules>
                    <tsl:SchemeTerritory>PE</tsl:SchemeTerritory>
                    <tsl:PolicyOrLegalNotice><tsl:TSLLegalNotice xml:lang="es">Solo para pruebas.</tsl:TSLLegalNotice></tsl:PolicyOrLegalNotice>
                    <tsl:HistoricalInformationPeriod>65535</tsl:HistoricalInformationPeriod>
                    <tsl:ListIssueDateTime>%s</tsl:ListIssueDateTime>
                    <tsl:NextUpdate><tsl:dateTime>%s</tsl:dateTime></tsl:NextUpdate>
                  </tsl:SchemeInformation>
                  <tsl:TrustServiceProviderList>
                    <tsl:TrustServiceProvider>
                      <tsl:TSPInformation>
                        <tsl:TSPName><tsl:Name xml:lang="es">Entidad de Certificación de Pruebas</tsl:Name></tsl:TSPName>
                        <tsl:TSPAddress>
                          <tsl:PostalAddresses><tsl:PostalAddress xml:lang="es"><tsl:StreetAddress>Av. Prueba 2</tsl:StreetAddress><tsl:Locality>Lima</tsl:Locality><tsl:CountryName>PE</tsl:CountryName></tsl:PostalAddress></tsl:PostalAddresses>
                          <tsl:ElectronicAddress><tsl:URI xml:lang="es">https://example.pe/ca</tsl:URI></tsl:ElectronicAddress>
                        </tsl:TSPAddress>
                        <tsl:TSPInformationURI><tsl:URI xml:lang="es">https://example.pe/ca</tsl:URI></tsl:TSPInformationURI>
                      </tsl:TSPInformation>
                      <tsl:TSPServices>
                        <tsl:TSPService>
                          <tsl:ServiceInformation>
                            <tsl:ServiceTypeIdentifier>http://uri.etsi.org/TrstSvc/Svctype/CA/QC</tsl:ServiceTypeIdentifier>
                            <tsl:ServiceName><tsl:Name xml:lang="es">Raíz de pruebas</tsl:Name></tsl:ServiceName>
                            <tsl:ServiceDigitalIdentity><tsl:DigitalId><tsl:X509Certificate>%s</tsl:X509Certificate></tsl:DigitalId></tsl:ServiceDigitalIdentity>
                            <tsl:ServiceStatus>http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/granted</tsl:ServiceStatus>
                            <tsl:StatusStartingTime>%s</tsl:StatusStartingTime>
                          </tsl:ServiceInformation>
                        </tsl:TSPService>
                      </tsl:TSPServices>
                    </tsl:TrustServiceProvider>
                  </tsl:TrustServiceProviderList>
                </tsl:TrustServiceStatusList>
                """.formatted(now.minus(1, ChronoUnit.DAYS), now.plus(180, ChronoUnit.DAYS),
                Base64.getEncoder().encodeToString(trustedCa.getEncoded()), now.minus(365, ChronoUnit.DAYS));
        return sign(xml.getBytes(StandardCharsets.UTF_8), operator);
    }

    private static byte[] sign(byte[] list, SigningKey operator) throws IOException {
        XAdESService service = new XAdESService(new CommonCertificateVerifier());
        XAdESSignatureParameters parameters = new XAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.XAdES_BASELINE_B);
        parameters.setSignaturePackaging(SignaturePackaging.ENVELOPED);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(new CertificateToken(operator.chain().get(0)));
        parameters.setEn319132(false);
        DSSDocument document = new InMemoryDocument(list);
        ToBeSigned data = service.getDataToSign(document, parameters);
        SignatureValue value = new SignatureValue(SignatureAlgorithm.getAlgorithm(
                EncryptionAlgorithm.forKey(operator.chain().get(0).getPublicKey()), DigestAlgorithm.SHA256),
                operator.sign(data.getBytes()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.signDocument(document, parameters, value).writeTo(out);
        return out.toByteArray();
    }
}

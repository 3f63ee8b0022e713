package pe.ceropapel.signature.pades;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.TrustServiceWrapper;
import eu.europa.esig.dss.diagnostic.jaxb.XmlSignatureScope;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.TokenExtractionStrategy;
import eu.europa.esig.dss.enumerations.SignatureScopeType;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.FileDocument;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.simplereport.jaxb.XmlTimestamp;
import eu.europa.esig.dss.spi.policy.SignaturePolicyProvider;
import eu.europa.esig.dss.spi.validation.CertificateVerifier;
import eu.europa.esig.dss.validation.reports.Reports;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.time.Instant;

/**
 * Validates every signature of a PDF with DSS under the default ETSI validation policy, against our
 * trust anchors, fetching revocation data online when the settings allow.
 */
public final class SignatureValidator {

    private final CertificateVerifier verifier;
    private final SignaturePolicyProvider policies;

    public SignatureValidator(TrustSettings settings) {
        verifier = DssContext.verifier(settings);
        policies = DssContext.signaturePolicies(settings);
    }

    /** Validates the PDF; {@code withReports} adds DSS's simple and detailed XML reports. */
    public ValidationReport validate(Path pdf, boolean withReports) {
        Reports reports;
        try {
            PDFDocumentValidator validator = new PDFDocumentValidator(new FileDocument(pdf.toFile()));
            validator.setCertificateVerifier(verifier);
            // DSS would otherwise fetch a signature policy from any URL a signature names, file: included
            validator.setSignaturePolicyProvider(policies);
            // the signers' certificates themselves, so that a receipt can be matched with a registered seal
            validator.setTokenExtractionStrategy(TokenExtractionStrategy.EXTRACT_CERTIFICATES_ONLY);
            reports = validator.validateDocument();
        } catch (DSSException | IllegalArgumentException e) {
            throw new SigningRefusedException(SigningRefusedException.Reason.MALFORMED,
                    "the PDF cannot be validated: " + e.getMessage(), e);
        }
        SimpleReport simple = reports.getSimpleReport();
        DiagnosticData diagnostics = reports.getDiagnosticData();
        List<SignatureReport> signatures = new ArrayList<>();
        for (String id : simple.getSignatureIdList()) {
            SignatureWrapper signature = diagnostics.getSignatureById(id);
            Indication indication = simple.getIndication(id);
            SubIndication subIndication = simple.getSubIndication(id);
            signatures.add(new SignatureReport(id, simple.getSignedBy(id), instant(simple.getSigningTime(id)),
                    firstTimeStamp(simple, id),
                    simple.getSignatureFormat(id) == null ? null : simple.getSignatureFormat(id).toString(),
                    indication == null ? null : indication.name(),
                    subIndication == null ? null : subIndication.name(),
                    coversWholeFile(signature), signature.isSignatureIntact() && signature.isSignatureValid(),
                    signerCertificateSha256(signature), signerTrust(signature)));
        }
        signatures.sort(Comparator.comparing(SignatureReport::signingTime,
                Comparator.nullsLast(Comparator.naturalOrder())));
        return withReports
                ? new ValidationReport(signatures, reports.getXmlSimpleReport(), reports.getXmlDetailedReport())
                : new ValidationReport(signatures, null, null);
    }

    /** The chain from the signing certificate to its anchor, and the trusted list's service for the anchor. */
    private static SignerTrust signerTrust(SignatureWrapper signature) {
        CertificateWrapper certificate = signature == null ? null : signature.getSigningCertificate();
        if (certificate == null) {
            return null;
        }
        List<CertificateWrapper> chain = signature.getCertificateChain();
        CertificateWrapper anchor = chain.stream().filter(CertificateWrapper::isTrusted).findFirst().orElse(null);
        TrustServiceWrapper service = anchor == null ? null
                : anchor.getTrustServices().stream().findFirst().orElse(null);
        return new SignerTrust(chain.stream().map(CertificateWrapper::getCommonName).toList(),
                certificate.getCertificateIssuerDN() == null ? null : issuerName(certificate),
                instant(certificate.getNotAfter()), anchor == null ? null : anchor.getCommonName(),
                service == null ? null : first(service.getTspNames()),
                service == null ? null : first(service.getServiceNames()));
    }

    private static String issuerName(CertificateWrapper certificate) {
        CertificateWrapper issuer = certificate.getSigningCertificate();
        return issuer != null ? issuer.getCommonName() : certificate.getCertificateIssuerDN();
    }

    private static String first(List<String> names) {
        return names == null || names.isEmpty() ? null : names.get(0);
    }

    private static String signerCertificateSha256(SignatureWrapper signature) {
        CertificateWrapper certificate = signature.getSigningCertificate();
        if (certificate == null || certificate.getBinaries() == null) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getBinaries()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant firstTimeStamp(SimpleReport simple, String signatureId) {
        return simple.getSignatureTimestamps(signatureId).stream().map(XmlTimestamp::getProductionTime)
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).map(Date::toInstant).orElse(null);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /**
     * The signature covers the whole file, or everything appended after it is validation data and
     * archive time-stamps (LT and LTA levels), which change nothing a reader sees.
     */
    private static boolean coversWholeFile(SignatureWrapper signature) {
        if (signature == null) {
            return false;
        }
        if (signature.getSignatureScopes().stream().map(XmlSignatureScope::getScope)
                .anyMatch(SignatureScopeType.FULL::equals)) {
            return true;
        }
        PDFRevisionWrapper revision = signature.getPDFRevision();
        return revision != null && revision.getPdfSignatureOrFormFillChanges().isEmpty()
                && revision.getPdfAnnotationChanges().isEmpty() && revision.getPdfUndefinedChanges().isEmpty()
                && !revision.getPdfExtensionChanges().isEmpty();
    }
}

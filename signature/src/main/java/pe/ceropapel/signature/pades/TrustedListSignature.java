package pe.ceropapel.signature.pades;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.TokenExtractionStrategy;
import eu.europa.esig.dss.enumerations.ValidationLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.policy.ValidationPolicy;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.policy.SignaturePolicyProvider;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.validation.executor.SkipValidationContextExecutor;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.policy.ValidationPolicyLoader;
import eu.europa.esig.dss.validation.reports.Reports;
import eu.europa.esig.dss.xades.validation.XMLDocumentValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Checks the XAdES signature of a trusted list against the operator's pinned certificates, under
 * our policy (trust/trusted-list-policy.xml): DSS's own trusted-list policy refuses the SHA-1
 * reference that INDECOPI's lists carry, although their signature is intact.
 */
final class TrustedListSignature {

    private static final String POLICY = "/trust/trusted-list-policy.xml";

    private final CommonTrustedCertificateSource pinned;

    TrustedListSignature(CommonTrustedCertificateSource pinned) {
        this.pinned = pinned;
    }

    /** The verdict on the list's signature and who made it. */
    record Verdict(TrustedListStatus.ListSignature signature, String signedBy) {
    }

    Verdict check(DSSDocument list) {
        Reports reports;
        try {
            reports = validator(list).validateDocument(policy());
        } catch (DSSException | IllegalArgumentException e) {
            return new Verdict(TrustedListStatus.ListSignature.INVALID, null);
        }
        SimpleReport simple = reports.getSimpleReport();
        if (simple.getSignaturesCount() != 1) {
            return new Verdict(TrustedListStatus.ListSignature.INVALID, null);
        }
        String id = simple.getFirstSignatureId();
        CertificateWrapper signer = reports.getDiagnosticData().getSignatureById(id).getSigningCertificate();
        Indication indication = simple.getIndication(id);
        TrustedListStatus.ListSignature verdict = indication == Indication.TOTAL_PASSED
                ? TrustedListStatus.ListSignature.VALID
                : indication == Indication.TOTAL_FAILED ? TrustedListStatus.ListSignature.INVALID
                : TrustedListStatus.ListSignature.INDETERMINATE;
        return new Verdict(verdict, signer == null ? null : signer.getCommonName());
    }

    private XMLDocumentValidator validator(DSSDocument list) {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier(true);
        verifier.setTrustedCertSources(pinned);
        XMLDocumentValidator validator = new XMLDocumentValidator(list);
        validator.setCertificateVerifier(verifier);
        validator.setTokenExtractionStrategy(TokenExtractionStrategy.EXTRACT_CERTIFICATES_ONLY);
        validator.setEnableEtsiValidationReport(false);
        // the list's own signature only: its signer against the pinned certificates, nothing fetched
        validator.setValidationLevel(ValidationLevel.BASIC_SIGNATURES);
        validator.setValidationContextExecutor(SkipValidationContextExecutor.INSTANCE);
        validator.setSignaturePolicyProvider(new SignaturePolicyProvider());
        return validator;
    }

    private static ValidationPolicy policy() {
        try (InputStream in = TrustedListSignature.class.getResourceAsStream(POLICY)) {
            return ValidationPolicyLoader.fromValidationPolicy(in).create();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package pe.ceropapel.infra.backup;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import pe.ceropapel.infra.config.SignatureProperties;
import pe.ceropapel.signature.pades.SealKey;
import pe.ceropapel.signature.pades.SigningKey;
import pe.ceropapel.signature.pades.TrustSettings;
import pe.ceropapel.storage.Sha256;

/**
 * What an installation's signatures rely on, by SHA-256 fingerprint and subject: the roots it trusts,
 * its seal's certificate chain (seal first) and its trusted list. A backup's manifest names those of
 * the backed-up installation; a restore refuses a target that would not trust them.
 *
 * @param anchors        subjects by fingerprint
 * @param sealChain      subjects by fingerprint, the seal's own certificate first
 * @param trustedListUrl the trusted list whose certificates are trusted too, or null
 */
record InstallationTrust(Map<String, String> anchors, Map<String, String> sealChain, String trustedListUrl) {

    private static final String ANCHOR = "trust.anchor.";
    private static final String SEAL = "seal.chain.";
    private static final String TRUSTED_LIST = "trust.trusted-list-url";

    /** This installation's, as its configuration makes it. */
    static InstallationTrust of(TrustSettings trust, SealKey seal, SignatureProperties signature) {
        Map<String, String> anchors = new LinkedHashMap<>();
        trust.trustAnchors().forEach(anchor -> anchors.put(fingerprint(anchor), subject(anchor)));
        Map<String, String> sealChain = new LinkedHashMap<>();
        try (SigningKey key = seal.open()) {
            key.chain().forEach(certificate -> sealChain.put(fingerprint(certificate), subject(certificate)));
        }
        return new InstallationTrust(anchors, sealChain, signature.trustedListUrl());
    }

    static InstallationTrust readFrom(Manifest manifest) {
        Map<String, String> sealChain = new LinkedHashMap<>();
        String chain = Objects.requireNonNullElse(manifest.get("seal.chain"), "");
        Arrays.stream(chain.split(",")).filter(fingerprint -> !fingerprint.isEmpty())
                .forEach(fingerprint -> sealChain.put(fingerprint, manifest.get(SEAL + fingerprint)));
        return new InstallationTrust(manifest.withPrefix(ANCHOR), sealChain, manifest.get(TRUSTED_LIST));
    }

    void writeTo(Manifest manifest) {
        anchors.forEach((fingerprint, subject) -> manifest.set(ANCHOR + fingerprint, subject));
        manifest.set("seal.certificate", sealChain.keySet().iterator().next());
        manifest.set("seal.chain", String.join(",", sealChain.keySet()));
        sealChain.forEach((fingerprint, subject) -> manifest.set(SEAL + fingerprint, subject));
        if (trustedListUrl != null) {
            manifest.set(TRUSTED_LIST, trustedListUrl);
        }
    }

    /** What of the backed-up installation's trust this one lacks, in words; empty when it trusts all of it. */
    List<String> lacking(InstallationTrust backedUp) {
        List<String> lacking = new ArrayList<>();
        backedUp.anchors.forEach((fingerprint, subject) -> {
            if (!anchors.containsKey(fingerprint)) {
                lacking.add("the root " + subject + " (SHA-256 " + fingerprint + ") is not a trust anchor here");
            }
        });
        boolean sameList = backedUp.trustedListUrl != null && backedUp.trustedListUrl.equals(trustedListUrl);
        if (backedUp.trustedListUrl != null && !sameList) {
            lacking.add("the trusted list " + backedUp.trustedListUrl + " is not configured here");
        }
        if (!sameList && backedUp.sealChain.keySet().stream().noneMatch(anchors::containsKey)) {
            String seal = backedUp.sealChain.keySet().stream().findFirst().orElse("?");
            lacking.add("the seal certificate " + backedUp.sealChain.get(seal) + " (SHA-256 " + seal
                    + ") does not chain to a trust anchor here");
        }
        return lacking;
    }

    private static String fingerprint(X509Certificate certificate) {
        try {
            return Sha256.of(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode " + subject(certificate), e);
        }
    }

    private static String subject(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().getName();
    }
}

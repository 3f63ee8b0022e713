package pe.ceropapel.infra.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pe.ceropapel.api.document.DocumentType;
import pe.ceropapel.command.signing.PublicContentRules;
import pe.ceropapel.command.directory.SigningPinPolicy;
import pe.ceropapel.command.signing.SigningSettings;
import pe.ceropapel.signature.pades.CertificateTrust;
import pe.ceropapel.signature.pades.FetchPolicy;
import pe.ceropapel.signature.pades.PadesLevel;
import pe.ceropapel.signature.pades.PadesSigner;
import pe.ceropapel.signature.pades.PeruvianTrustedList;
import pe.ceropapel.signature.pades.EntityIdentity;
import pe.ceropapel.signature.pades.SealKey;
import pe.ceropapel.signature.pades.SignatureValidator;
import pe.ceropapel.signature.pades.SignerKeys;
import pe.ceropapel.signature.pades.SigningKey;
import pe.ceropapel.signature.pades.SigningKeys;
import pe.ceropapel.signature.pades.TrustSettings;
import pe.ceropapel.signature.pades.TrustedList;
import pe.ceropapel.signature.pki.DevelopmentPki;

/**
 * Wires PAdES signing and validation: the development PKI (with its own TSA) unless production key
 * sources are configured, the trust anchors, the levels per document type and the key source.
 */
@Configuration(proxyBeanMethods = false)
public class SigningConfiguration {

    private static final String SEAL = "seal";

    @Bean
    @ConditionalOnProperty(name = "ceropapel.signature.keys.source", havingValue = "development", matchIfMissing = true)
    DevelopmentPki developmentPki(CeroPapelProperties properties, SignatureProperties signature) {
        return DevelopmentPki.openOrCreate(properties.dataDir().resolve("pki"), signature.publicUrl() + "/pki",
                signature.entityName(), signature.entityRuc());
    }

    /**
     * The trusted list (Peru's TSL unless configured otherwise), loaded from its cache under the data
     * directory, or from the shipped copy, at start-up; {@link TrustedListRefresh} downloads it again.
     */
    @Bean
    @ConditionalOnExpression("!'${ceropapel.signature.trusted-list-url:x}'.isBlank()")
    TrustedList trustedList(SignatureProperties signature, CeroPapelProperties properties, Clock clock)
            throws IOException {
        List<X509Certificate> signers = signature.trustedListSigners().isEmpty()
                ? PeruvianTrustedList.indecopiCertificates()
                : signature.trustedListSigners().stream().map(SigningConfiguration::readCertificate).toList();
        TrustedList list = new TrustedList(signature.trustedListUrl(), signers,
                Files.createDirectories(properties.dataDir().resolve("trusted-list-cache")),
                signature.trustedListSeeded() ? PeruvianTrustedList.shippedCopy() : null, clock);
        list.loadCached();
        TrustedListRefresh.report(list.status());
        return list;
    }

    @Bean
    TrustSettings trustSettings(SignatureProperties signature, ObjectProvider<DevelopmentPki> pki,
                                ObjectProvider<TrustedList> trustedList) {
        List<X509Certificate> anchors = new ArrayList<>();
        DevelopmentPki development = pki.getIfAvailable();
        if (development != null) {
            anchors.addAll(development.trustAnchors());
        }
        signature.trustAnchors().forEach(file -> anchors.add(readCertificate(file)));
        String tsaUrl = signature.tsaUrl() == null || signature.tsaUrl().isBlank()
                ? (development == null ? null : signature.publicUrl() + "/pki/tsa")
                : signature.tsaUrl();
        return new TrustSettings(anchors, tsaUrl, true, trustedList.getIfAvailable(),
                fetchPolicy(signature.fetch(), development));
    }

    /** The configured fetch policy; the development PKI's own URLs (on this host) are trusted while it is in use. */
    private static FetchPolicy fetchPolicy(SignatureProperties.Fetch fetch, DevelopmentPki development) {
        FetchPolicy policy = new FetchPolicy(fetch.trustedUrls(), fetch.maxResponseSize().toBytes(),
                fetch.connectTimeout(), fetch.readTimeout(), fetch.totalTimeout());
        return development == null ? policy : policy.trusting(development.publishedAt());
    }

    @Bean
    PadesSigner padesSigner(TrustSettings trust) {
        return new PadesSigner(trust);
    }

    /**
     * What a remote signer's certificate chain must chain to: the anchors validation trusts; revoked
     * certificates are known offline from the development PKI's own CRLs (nothing is fetched).
     */
    @Bean
    CertificateTrust certificateTrust(TrustSettings trust, ObjectProvider<DevelopmentPki> pki) {
        DevelopmentPki development = pki.getIfAvailable();
        return new CertificateTrust(trust, () -> development == null ? List.of() : development.revocationLists());
    }

    @Bean
    SignatureValidator signatureValidator(TrustSettings trust) {
        return new SignatureValidator(trust);
    }

    @Bean
    EntityIdentity entityIdentity(SignatureProperties signature) {
        return new EntityIdentity(signature.entityName(), signature.entityRuc());
    }

    /**
     * The organization seal that signs receipts: the development PKI's seal, or the key named
     * {@value #SEAL} where people's keys are (a {@code seal.p12} file, a token key labelled {@code seal}).
     */
    @Bean
    SealKey sealKey(SignatureProperties signature, ObjectProvider<DevelopmentPki> pki, SignerKeys people) {
        SignatureProperties.Keys keys = signature.keys();
        if (keys.source() == SignatureProperties.KeySource.DEVELOPMENT) {
            char[] pin = keys.developmentPin().toCharArray();
            return seal(() -> SigningKeys.pkcs12(pki.getObject().sealKeyStore(pin), pin), signature.entityName());
        }
        char[] pin = required(keys.sealPin(), "keys.seal-pin").toCharArray();
        return seal(() -> people.open(SEAL, signature.entityName(), pin), signature.entityName());
    }

    private static SealKey seal(Supplier<SigningKey> opener, String holder) {
        return new SealKey() {
            @Override
            public SigningKey open() {
                return opener.get();
            }

            @Override
            public String holder() {
                return holder;
            }
        };
    }

    @Bean
    SignerKeys signerKeys(SignatureProperties signature, ObjectProvider<DevelopmentPki> pki) {
        SignatureProperties.Keys keys = signature.keys();
        return switch (keys.source()) {
            case DEVELOPMENT -> developmentKeys(pki.getObject(), keys.developmentPin().toCharArray());
            case PKCS12 -> SigningKeys.directory(required(keys.directory(), "keys.directory"));
            case PKCS11 -> SigningKeys.token(required(keys.pkcs11Library(), "keys.pkcs11-library"),
                    keys.pkcs11SlotIndex(), required(keys.pkcs11Pin(), "keys.pkcs11-pin").toCharArray());
        };
    }

    @Bean
    SigningPinPolicy signingPinPolicy(SignatureProperties signature) {
        return new SigningPinPolicy(signature.keys().maxWrongPins());
    }

    @Bean
    SigningSettings signingSettings(SignatureProperties signature) {
        Map<DocumentType, PadesLevel> levels = new EnumMap<>(DocumentType.class);
        signature.levels().forEach((type, level) -> levels.put(type, PadesLevel.parse(level)));
        return new SigningSettings(signature.legendName(), signature.publicUrl() + "/verificar",
                PadesLevel.parse(signature.level()), levels);
    }

    @Bean
    PublicContentRules publicContentRules(PublicContentProperties publicContent) {
        return publicContent.rules();
    }

    /** Development keys: issued on first use with the development PIN, then opened with the PIN the signer types. */
    private static SignerKeys developmentKeys(DevelopmentPki pki, char[] developmentPin) {
        return new SignerKeys() {
            @Override
            public SigningKey open(String username, String fullName, char[] pin) {
                return SigningKeys.directory(pki.personKeyStore(username, fullName, developmentPin).getParent())
                        .open(username, fullName, pin);
            }

            @Override
            public Optional<X509Certificate> registeredCertificate(String username) {
                return pki.personCertificate(username, developmentPin);
            }
        };
    }

    private static <T> T required(T value, String name) {
        if (value == null) {
            throw new IllegalStateException("ceropapel.signature." + name + " must be set for this key source");
        }
        return value;
    }

    private static X509Certificate readCertificate(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the trust anchor " + file, e);
        } catch (CertificateException e) {
            throw new IllegalStateException("not a certificate: " + file, e);
        }
    }
}

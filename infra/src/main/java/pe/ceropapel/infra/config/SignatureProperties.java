package pe.ceropapel.infra.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import pe.ceropapel.api.document.DocumentType;
import pe.ceropapel.signature.pades.PeruvianTrustedList;

/**
 * Signing settings under {@code ceropapel.signature.*}.
 *
 * @param entityName   the entity's name in its certificates (seal, development CAs)
 * @param legendName   the entity as the printed-representation legend names it, with its article
 * @param entityRuc    the entity's RUC (taxpayer number), written in its seal certificate
 * @param publicUrl    where people and validators reach this application (QR codes, CRL and TSA URLs)
 * @param level        the PAdES level of signatures unless {@code levels} names the document type
 * @param levels       levels per document type, e.g. {@code RESOLUCION: B-LT}
 * @param tsaUrl       the RFC 3161 time-stamping authority; empty means the development TSA of this application
 * @param trustAnchors certificate files (PEM or DER) trusted as roots, besides the development root
 * @param trustedListUrl     an ETSI TS 119 612 trusted list whose CA certificates are trusted too (Peru's TSL by
 *                           default; empty for none)
 * @param trustedListSigners certificate files of the list's operator: the list must be signed with one of them
 *                           (INDECOPI's certificates shipped with the application when none are given)
 * @param trustedListSeeded  whether the copy of Peru's list shipped with the application is used until the
 *                           first download succeeds
 * @param keys         where people's signing keys are
 * @param fetch        what may be fetched from the links in certificates (CRLs, OCSP, CA certificates)
 */
@ConfigurationProperties("ceropapel.signature")
public record SignatureProperties(@DefaultValue("Instituto Nacional de Calidad - INACAL") String entityName,
                                  @DefaultValue("el Instituto Nacional de Calidad - INACAL") String legendName,
                                  @DefaultValue("20600283015") String entityRuc,
                                  @DefaultValue("http://localhost:8080") String publicUrl,
                                  @DefaultValue("B-T") String level,
                                  @DefaultValue Map<DocumentType, String> levels,
                                  String tsaUrl,
                                  @DefaultValue List<Path> trustAnchors,
                                  @DefaultValue(PeruvianTrustedList.URL) String trustedListUrl,
                                  @DefaultValue List<Path> trustedListSigners,
                                  @DefaultValue("true") boolean trustedListSeeded,
                                  @DefaultValue Keys keys,
                                  @DefaultValue Fetch fetch) {

    /**
     * @param trustedUrls     URL prefixes where the certification authorities we trust publish: CA certificates
     *                        are fetched from there only, and these hosts may be loopback or private addresses
     *                        (the development PKI's own URL is added while it is the key source)
     * @param maxResponseSize the largest CRL, OCSP answer or certificate read
     * @param connectTimeout  how long connecting may take
     * @param readTimeout     how long the other side may stay silent
     * @param totalTimeout    how long one whole answer may take
     */
    public record Fetch(@DefaultValue List<String> trustedUrls,
                        @DefaultValue("10MB") DataSize maxResponseSize,
                        @DefaultValue("5s") Duration connectTimeout,
                        @DefaultValue("10s") Duration readTimeout,
                        @DefaultValue("30s") Duration totalTimeout) {
    }

    /** Kinds of key sources. */
    public enum KeySource { DEVELOPMENT, PKCS12, PKCS11 }

    /**
     * @param source           {@code development}: the development PKI issues a PKCS#12 per person, unlocked by
     *                         {@code developmentPin}; {@code pkcs12}: {@code <directory>/<username>.p12};
     *                         {@code pkcs11}: keys labelled with usernames in a token
     * @param developmentPin   the PIN of development keys (never use the development PKI in production)
     * @param sealPin          the PIN of the organization seal: {@code <directory>/seal.p12} or the token key
     *                         labelled {@code seal} (development: the development PIN)
     * @param maxWrongPins     wrong PINs in a row that lock a person's key until an administrator unlocks it
     */
    public record Keys(@DefaultValue("development") KeySource source,
                       @DefaultValue("123456") String developmentPin,
                       Path directory,
                       String pkcs11Library,
                       @DefaultValue("0") int pkcs11SlotIndex,
                       String pkcs11Pin,
                       String sealPin,
                       @DefaultValue("3") int maxWrongPins) {

        @Override
        public String toString() {
            return "Keys[source=" + source + ", directory=" + directory + ", pkcs11Library=" + pkcs11Library + "]";
        }
    }
}

package pe.ceropapel.api.document;

/**
 * The certificate a signature was made with, as it was checked when the signature was received.
 *
 * @param subject the certificate's subject (RFC 2253)
 * @param issuer  its issuer (RFC 2253)
 * @param sha256  the SHA-256 of its DER encoding
 * @param check   how it was checked: its trust anchor, and whether revocation data was consulted
 */
public record SignerCertificate(String subject, String issuer, String sha256, String check) {
}

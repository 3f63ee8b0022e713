package pe.ceropapel.agent;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The parameters of Firma Perú's protocol that the agent uses, as the server sends them (names as the
 * protocol spells them, {@code bachtOperation} included).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record SigningParameters(String signatureFormat, String signatureLevel, String documentToSign,
                         String certificateFilter, String signatureReason, String role, boolean bachtOperation,
                         String uploadDocumentSigned) {
}

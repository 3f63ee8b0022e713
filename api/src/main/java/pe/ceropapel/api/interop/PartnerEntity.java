package pe.ceropapel.api.interop;

/** A partner entity as the directory knows it. */
public record PartnerEntity(String ruc, String name, String endpointUrl, Transport transport,
                            String sealCertificatePem, boolean active) {
}

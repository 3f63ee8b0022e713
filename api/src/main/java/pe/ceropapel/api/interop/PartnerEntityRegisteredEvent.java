package pe.ceropapel.api.interop;

/** An entity was registered as a partner, or its registration was updated (it is active again). */
public record PartnerEntityRegisteredEvent(String ruc, String name, String endpointUrl, Transport transport,
                                           String sealCertificatePem, String actor) {
}

package pe.ceropapel.api.interop;

/** An entity's partnership was revoked. */
public record PartnerEntityRevokedEvent(String ruc, String reason, String actor) {
}

package pe.ceropapel.api.interop;

/** A tramite as it travels between entities: its data and the signed PDF's bytes (base64 in JSON). */
public record TramiteMessage(Tramite tramite, byte[] document) {
}

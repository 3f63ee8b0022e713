package pe.ceropapel.api.interop;

/** A cargo as it travels back to the sender: its data and the signed receipt's bytes (null for state O). */
public record CargoMessage(Cargo cargo, byte[] receipt) {
}

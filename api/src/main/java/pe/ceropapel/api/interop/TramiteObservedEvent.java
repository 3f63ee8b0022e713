package pe.ceropapel.api.interop;

/** A received tramite was observed (state O); {@code cargo} tells the sender why. */
public record TramiteObservedEvent(String exchangeId, Cargo cargo) {
}

package pe.ceropapel.api.interop;

/** Exchanges newest first, narrowed by the filters that are not null; at most {@code size}. */
public record FindExchangesQuery(ExchangeDirection direction, ExchangeState state, String documentId, int size) {
}

package pe.ceropapel.api.interop;

/** The exchange with this CUO; for incoming ones, the CUO of {@code counterpartRuc}. Answered with an Optional. */
public record FindExchangeQuery(ExchangeDirection direction, String cuo, String counterpartRuc) {
}

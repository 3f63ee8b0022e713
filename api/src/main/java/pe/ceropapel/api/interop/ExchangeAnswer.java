package pe.ceropapel.api.interop;

/**
 * What a receiving entity answers about an exchange: its state, and once registered its
 * registration number, or the observation.
 */
public record ExchangeAnswer(String cuo, ExchangeState state, String registrationNumber, String observations) {
}

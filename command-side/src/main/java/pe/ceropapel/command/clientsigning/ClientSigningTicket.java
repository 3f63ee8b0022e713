package pe.ceropapel.command.clientsigning;

import java.time.Instant;
import java.util.List;

/**
 * A one-use signing ticket, given to the person it was issued to and never stored: only its SHA-256 is.
 */
public record ClientSigningTicket(String ticket, Instant expiresAt, List<String> documentIds) {
}

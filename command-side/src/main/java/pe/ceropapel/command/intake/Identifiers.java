package pe.ceropapel.command.intake;

/**
 * Where the identifiers of new documents and annexes come from: random, or the same ones each time
 * a client repeats a request it lost the answer to (the web adapter's idempotency keys).
 */
@FunctionalInterface
public interface Identifiers {

    String newId();
}

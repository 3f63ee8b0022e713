package pe.ceropapel.api.interop;

import pe.ceropapel.api.document.ContentRef;

/**
 * One message the outbox delivers to another entity: a tramite with its PDF, or a cargo with its
 * receipt (null for an observation).
 */
public record Delivery(Kind kind, String recipientRuc, Tramite tramite, Cargo cargo, ContentRef content) {

    public enum Kind {
        TRAMITE,
        CARGO
    }

    public static Delivery of(Tramite tramite, ContentRef content) {
        return new Delivery(Kind.TRAMITE, tramite.receiverRuc(), tramite, null, content);
    }

    public static Delivery of(Cargo cargo, ContentRef receipt) {
        return new Delivery(Kind.CARGO, cargo.senderRuc(), null, cargo, receipt);
    }
}

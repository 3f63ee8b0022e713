package pe.ceropapel.api.readmodel;

/** Asks how the last read-model rebuild of this instance goes; answered with an optional {@link RebuildStatus}. */
public record FindRebuildStatusQuery() {
}

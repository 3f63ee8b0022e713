package pe.ceropapel.api.readmodel;

/**
 * Rebuilds the Elasticsearch read models from the event store into a new generation of indices
 * while the current one keeps serving, then switches the aliases; answered at once with the
 * {@link RebuildStatus} of the started rebuild.
 */
public record RebuildReadModelsCommand() {
}

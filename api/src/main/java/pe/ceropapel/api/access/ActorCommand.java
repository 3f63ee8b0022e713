package pe.ceropapel.api.access;

/**
 * A command that a person (or another entity, as {@code entidad:<RUC>}) sends about something they
 * must be able to see: a document that the actor may not read answers it as if it did not exist
 * ({@link NotVisibleException}), before any of its rules is checked.
 */
public interface ActorCommand {

    /** Who acts: a username, or {@code entidad:<RUC>} for another entity. */
    String actor();
}

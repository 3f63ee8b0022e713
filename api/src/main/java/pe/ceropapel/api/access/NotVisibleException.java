package pe.ceropapel.api.access;

/**
 * What a command names is not visible to the person who sent it: answered exactly as if it did not
 * exist (404), so that refusals never tell whether a document or case file exists, nor its rules.
 */
public class NotVisibleException extends RuntimeException {

    public NotVisibleException(String kind, String id) {
        super(kind + " " + id + " not found");
    }
}

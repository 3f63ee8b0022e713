package pe.ceropapel.frontend.problem;

/** A resource named in the request does not exist (or the caller may not know that it does). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String kind, String id) {
        super(kind + " " + id + " not found");
    }
}

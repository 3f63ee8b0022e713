package pe.ceropapel.api.interop;

/**
 * How those outside the entity appear where events name who acted: another entity as
 * {@code entidad:<RUC>}, a citizen or company at the mesa de partes virtual as {@link #INTAKE}.
 */
public final class ExternalActors {

    /** Whoever files a request at the mesa de partes virtual, without an account. */
    public static final String INTAKE = "mesa-de-partes-virtual";

    private static final String PREFIX = "entidad:";

    private ExternalActors() {
    }

    public static String entity(String ruc) {
        return PREFIX + ruc;
    }

    public static boolean isEntity(String actor) {
        return actor != null && actor.startsWith(PREFIX);
    }
}

package pe.ceropapel.api.interop;

/** How another entity appears where events name who acted: {@code entidad:<RUC>}. */
public final class ExternalActors {

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

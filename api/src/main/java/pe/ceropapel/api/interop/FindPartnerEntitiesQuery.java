package pe.ceropapel.api.interop;

/** Every partner entity, active or revoked, ordered by name; or the one with {@code ruc} when it is given. */
public record FindPartnerEntitiesQuery(String ruc) {

    public static FindPartnerEntitiesQuery all() {
        return new FindPartnerEntitiesQuery(null);
    }
}

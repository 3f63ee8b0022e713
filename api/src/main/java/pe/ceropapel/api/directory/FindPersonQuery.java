package pe.ceropapel.api.directory;

/** Asks for one person of the directory; answered with an optional {@link PersonView}. */
public record FindPersonQuery(String username) {
}

package pe.ceropapel.api.directory;

/** Lists the people of one office, or of all offices when {@code officeCode} is null; answered with {@link PersonView}s. */
public record FindPeopleQuery(String officeCode) {
}

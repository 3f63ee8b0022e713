package pe.ceropapel.api.directory;

/** Lists every office, by code; answered with a list of {@link OfficeView}. */
public record FindOfficesQuery() {
}

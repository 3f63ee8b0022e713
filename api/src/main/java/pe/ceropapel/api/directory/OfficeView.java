package pe.ceropapel.api.directory;

/** An office as listed in the directory. */
public record OfficeView(String code, String name, String parentCode, String headUsername) {
}

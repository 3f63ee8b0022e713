package pe.ceropapel.api.access;

/**
 * The person a query answers for: the query side returns only what this person may read.
 *
 * @param officeCode the office the person works in now
 */
public record Reader(String username, String officeCode) {
}

package pe.ceropapel.signature.stamp;

/**
 * Where a visible signature stamp goes: a page (0-based) and a rectangle in points measured from
 * the top-left corner of the page's crop box.
 */
public record StampBox(int page, float x, float yFromTop, float width, float height) {
}

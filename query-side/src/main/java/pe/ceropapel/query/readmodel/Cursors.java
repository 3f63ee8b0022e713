package pe.ceropapel.query.readmodel;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import pe.ceropapel.api.readmodel.InvalidCursorException;

/**
 * Page cursors for {@code search_after}: the sort values of a page's last hit, as an opaque
 * URL-safe string that the client hands back for the next page.
 */
public final class Cursors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Cursors() {
    }

    public static String encode(List<FieldValue> sortValues) {
        List<Object> values = sortValues.stream().map(FieldValue::_get).toList();
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("sort values are plain JSON values", e);
        }
    }

    /** What one sort value of a list's order is. */
    public enum Value {
        /** A relevance score. */
        SCORE,
        /** A date, as milliseconds since the epoch. */
        DATE,
        /** A keyword, such as an id. */
        KEYWORD
    }

    /**
     * @param shape the sort values of the list's order, in order
     * @throws InvalidCursorException when the cursor was not made by {@link #encode} for that order
     */
    public static List<FieldValue> decode(String cursor, Value... shape) {
        List<Object> values;
        try {
            values = JSON.readValue(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8),
                    new TypeReference<>() { });
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw invalid();
        }
        if (values == null || values.size() != shape.length) {
            throw invalid();
        }
        List<FieldValue> decoded = new ArrayList<>();
        for (int i = 0; i < shape.length; i++) {
            decoded.add(fieldValue(values.get(i), shape[i]));
        }
        return decoded;
    }

    private static FieldValue fieldValue(Object value, Value kind) {
        if (kind == Value.SCORE && value instanceof Number number && Double.isFinite(number.doubleValue())) {
            return FieldValue.of(number.doubleValue());
        } else if (kind == Value.DATE && (value instanceof Integer || value instanceof Long)) {
            return FieldValue.of(((Number) value).longValue());
        } else if (kind == Value.KEYWORD && value instanceof String text) {
            return FieldValue.of(text);
        }
        throw invalid();
    }

    private static InvalidCursorException invalid() {
        return new InvalidCursorException("the page cursor is not valid");
    }
}

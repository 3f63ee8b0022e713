package pe.ceropapel.query.readmodel;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import pe.ceropapel.api.rules.InvalidValueException;

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

    /** @throws InvalidValueException when the cursor was not made by {@link #encode} */
    public static List<FieldValue> decode(String cursor) {
        try {
            List<Object> values = JSON.readValue(new String(Base64.getUrlDecoder().decode(cursor),
                    StandardCharsets.UTF_8), new TypeReference<>() { });
            return values.stream().map(Cursors::fieldValue).toList();
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static FieldValue fieldValue(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return FieldValue.of(((Number) value).doubleValue());
        } else if (value instanceof Number number) {
            return FieldValue.of(number.longValue());
        } else if (value instanceof String text) {
            return FieldValue.of(text);
        } else if (value instanceof Boolean flag) {
            return FieldValue.of(flag);
        }
        throw invalid();
    }

    private static InvalidValueException invalid() {
        return new InvalidValueException("the page cursor is not valid");
    }
}

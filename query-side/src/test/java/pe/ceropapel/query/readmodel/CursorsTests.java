package pe.ceropapel.query.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pe.ceropapel.api.readmodel.InvalidCursorException;
import pe.ceropapel.query.readmodel.Cursors.Value;

class CursorsTests {

    private static final Value[] RELEVANCE = {Value.SCORE, Value.DATE, Value.KEYWORD};

    @Test
    void shouldGiveBackTheSortValuesOfTheLastHit() {
        List<FieldValue> sortValues = List.of(FieldValue.of(1.5), FieldValue.of(1764115200000L), FieldValue.of("doc-7"));

        List<FieldValue> decoded = Cursors.decode(Cursors.encode(sortValues), RELEVANCE);

        assertThat(decoded).extracting(FieldValue::_get).containsExactly(1.5, 1764115200000L, "doc-7");
        assertThat(Cursors.encode(sortValues)).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void shouldRefuseACursorItDidNotMake() {
        assertThatThrownBy(() -> Cursors.decode("bm90LWEtY3Vyc29y", RELEVANCE)).isInstanceOf(InvalidCursorException.class)
                .hasMessage("the page cursor is not valid");
        assertThatThrownBy(() -> Cursors.decode("%%%", RELEVANCE)).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> Cursors.decode("W3t9XQ", RELEVANCE)).isInstanceOf(InvalidCursorException.class);
    }

    /** Well-formed JSON that Elasticsearch would refuse for the list's order (it answered 500 before). */
    @ParameterizedTest
    @ValueSource(strings = {"[]", "null", "[1.5,1764115200000]", "[1.5,1764115200000,\"d\",\"e\"]",
            "[\"x\",1764115200000,\"d\"]", "[1.5,\"ayer\",\"d\"]", "[1.5,1.25,\"d\"]", "[1.5,1764115200000,7]",
            "[1.5,1764115200000,null]", "[1.5,99999999999999999999999,\"d\"]", "[1.5,1764115200000,{}]"})
    void shouldRefuseACursorOfAnotherShape(String json) {
        String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> Cursors.decode(cursor, RELEVANCE)).isInstanceOf(InvalidCursorException.class);
    }
}

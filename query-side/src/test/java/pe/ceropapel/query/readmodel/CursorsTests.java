package pe.ceropapel.query.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import pe.ceropapel.api.rules.InvalidValueException;

class CursorsTests {

    @Test
    void shouldGiveBackTheSortValuesOfTheLastHit() {
        List<FieldValue> sortValues = List.of(FieldValue.of(1.5), FieldValue.of(1764115200000L), FieldValue.of("doc-7"));

        List<FieldValue> decoded = Cursors.decode(Cursors.encode(sortValues));

        assertThat(decoded).extracting(FieldValue::_get).containsExactly(1.5, 1764115200000L, "doc-7");
        assertThat(Cursors.encode(sortValues)).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void shouldRefuseACursorItDidNotMake() {
        assertThatThrownBy(() -> Cursors.decode("bm90LWEtY3Vyc29y")).isInstanceOf(InvalidValueException.class)
                .hasMessage("the page cursor is not valid");
        assertThatThrownBy(() -> Cursors.decode("%%%")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Cursors.decode("W3t9XQ")).isInstanceOf(InvalidValueException.class);
    }
}

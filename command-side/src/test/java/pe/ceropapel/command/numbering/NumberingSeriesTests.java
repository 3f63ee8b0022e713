package pe.ceropapel.command.numbering;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pe.ceropapel.api.document.DocumentType;
import pe.ceropapel.api.numbering.NumberTakenEvent;
import pe.ceropapel.api.numbering.TakeNextNumberCommand;

class NumberingSeriesTests {

    private static final String SERIES = TakeNextNumberCommand.seriesId("INACAL/DM", DocumentType.INFORME, 2026);

    private AggregateTestFixture<NumberingSeries> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(NumberingSeries.class);
    }

    private static TakeNextNumberCommand take(String documentId) {
        return new TakeNextNumberCommand(SERIES, "INACAL/DM", DocumentType.INFORME, 2026, documentId);
    }

    private static NumberTakenEvent taken(long correlative, String documentId) {
        return new NumberTakenEvent(SERIES, "INACAL/DM", DocumentType.INFORME, 2026, correlative, documentId);
    }

    @Test
    void shouldStartASeriesAtOne() {
        fixture.givenNoPriorActivity()
               .when(take("doc-1"))
               .expectEvents(taken(1, "doc-1"))
               .expectResultMessagePayload(1L);
    }

    @Test
    void shouldHandOutTheNextCorrelative() {
        fixture.given(taken(1, "doc-1"), taken(2, "doc-2"))
               .when(take("doc-3"))
               .expectEvents(taken(3, "doc-3"))
               .expectResultMessagePayload(3L);
    }

    @Test
    void shouldAnswerTheSameNumberWhenADocumentAsksAgain() {
        fixture.given(taken(1, "doc-1"), taken(2, "doc-2"))
               .when(take("doc-1"))
               .expectNoEvents()
               .expectResultMessagePayload(1L);
    }

    @Test
    void shouldRefuseASeriesIdThatDoesNotMatchItsParts() {
        fixture.givenNoPriorActivity()
               .when(new TakeNextNumberCommand(SERIES, "INACAL/DN", DocumentType.INFORME, 2026, "doc-1"))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseAYearWithoutFourDigits() {
        fixture.givenNoPriorActivity()
               .when(new TakeNextNumberCommand(TakeNextNumberCommand.seriesId("INACAL/DM", DocumentType.INFORME, 26),
                       "INACAL/DM", DocumentType.INFORME, 26, "doc-1"))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class);
    }
}

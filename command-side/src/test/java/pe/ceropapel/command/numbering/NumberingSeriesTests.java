package pe.ceropapel.command.numbering;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pe.ceropapel.api.document.DocumentType;
import pe.ceropapel.api.numbering.NumberTakenEvent;
import pe.ceropapel.api.numbering.TakeNextNumberCommand;

class NumberingSeriesTests {

    private static final String SERIES = TakeNextNumberCommand.documentSeries("INACAL/DM", DocumentType.INFORME, 2026);

    private AggregateTestFixture<NumberingSeries> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(NumberingSeries.class);
    }

    @Test
    void shouldStartASeriesAtOne() {
        fixture.givenNoPriorActivity()
               .when(new TakeNextNumberCommand(SERIES, "doc-1"))
               .expectEvents(new NumberTakenEvent(SERIES, 1, "doc-1"))
               .expectResultMessagePayload(1L);
    }

    @Test
    void shouldHandOutTheNextCorrelative() {
        fixture.given(new NumberTakenEvent(SERIES, 1, "doc-1"), new NumberTakenEvent(SERIES, 2, "doc-2"))
               .when(new TakeNextNumberCommand(SERIES, "doc-3"))
               .expectEvents(new NumberTakenEvent(SERIES, 3, "doc-3"))
               .expectResultMessagePayload(3L);
    }

    @Test
    void shouldAnswerTheSameNumberWhenAHolderAsksAgain() {
        fixture.given(new NumberTakenEvent(SERIES, 1, "doc-1"), new NumberTakenEvent(SERIES, 2, "doc-2"))
               .when(new TakeNextNumberCommand(SERIES, "doc-1"))
               .expectNoEvents()
               .expectResultMessagePayload(1L);
    }

    @Test
    void shouldRefuseANumberWithoutHolder() {
        fixture.givenNoPriorActivity()
               .when(new TakeNextNumberCommand(SERIES, " "))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class);
    }

    @Test
    void shouldKeepSeriesApart() {
        String cases = TakeNextNumberCommand.caseFileSeries(2026);
        fixture.givenNoPriorActivity()
               .when(new TakeNextNumberCommand(cases, "case-1"))
               .expectEvents(new NumberTakenEvent(cases, 1, "case-1"));
    }
}

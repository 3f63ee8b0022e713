package pe.ceropapel.command.interop;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pe.ceropapel.api.directory.PersonRole;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.interop.Cargo;
import pe.ceropapel.api.interop.Delivery;
import pe.ceropapel.api.interop.ExchangeDeliveredEvent;
import pe.ceropapel.api.interop.ExchangeDeliveryDueEvent;
import pe.ceropapel.api.interop.ExchangeDeliveryFailedEvent;
import pe.ceropapel.api.interop.ExchangeState;
import pe.ceropapel.api.interop.ObserveTramiteCommand;
import pe.ceropapel.api.interop.OpenOutgoingExchangeCommand;
import pe.ceropapel.api.interop.OutgoingExchangeOpenedEvent;
import pe.ceropapel.api.interop.ReceiveTramiteCommand;
import pe.ceropapel.api.interop.RecordDeliveryCommand;
import pe.ceropapel.api.interop.RecordDeliveryFailureCommand;
import pe.ceropapel.api.interop.SignatureCheck;
import pe.ceropapel.api.interop.Tramite;
import pe.ceropapel.api.interop.TramiteObservedEvent;
import pe.ceropapel.api.interop.TramiteReceivedEvent;
import pe.ceropapel.api.rules.IllegalTransitionException;
import pe.ceropapel.api.rules.InvalidValueException;
import pe.ceropapel.command.directory.StubDirectory;

class ExchangeTests {

    private static final String SHA = "c".repeat(64);
    private static final ContentRef PDF = new ContentRef("sha256/" + SHA, SHA, 2048, 2);
    private static final Tramite TRAMITE = new Tramite("20600283015", "INACAL", "Dirección de Metrología", "DNI",
            "10000002", "20999999991", "2600000001", null, "OFICIO", "OFICIO N° 000001-2026-INACAL/DM",
            LocalDate.of(2026, 11, 26), "Mesa de partes", "Ana Torres", "Jefa de Trámite", "Calibración de balanzas",
            0, 2, "oficio.pdf", SHA, List.of(), null);
    private static final SignatureCheck CHECK = new SignatureCheck(1, List.of("Juan Pérez"), true);
    private static final Instant LATER = Instant.parse("2026-11-26T15:00:00Z");

    private AggregateTestFixture<Exchange> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Exchange.class);
        fixture.registerInjectableResource(new StubDirectory()
                .withPerson("cmesa", "10000009", "INACAL/GG", PersonRole.CLERK)
                .withPerson("mquispe", "10000002", "INACAL/DM", PersonRole.EMPLOYEE));
    }

    @Test
    void shouldQueueTheFirstAttemptWhenOpened() {
        fixture.givenNoPriorActivity()
               .when(new OpenOutgoingExchangeCommand("x", "doc", "der", TRAMITE, PDF, "mquispe"))
               .expectEvents(new OutgoingExchangeOpenedEvent("x", "doc", "der", TRAMITE, PDF, "mquispe"),
                       new ExchangeDeliveryDueEvent("x", 1, Delivery.of(TRAMITE, PDF)));
    }

    @Test
    void shouldScheduleTheNextAttemptAfterAFailureAndMakeItWhenDue() {
        fixture.given(opened())
               .when(new RecordDeliveryFailureCommand("x", 1, "ConnectException", LATER))
               .expectEvents(new ExchangeDeliveryFailedEvent("x", 1, Delivery.Kind.TRAMITE, "ConnectException", LATER))
               .expectScheduledDeadlineWithName(LATER, Exchange.RETRY_DEADLINE);
    }

    @Test
    void shouldMakeTheNextAttemptWhenItsDeadlineComes() {
        fixture.given(opened())
               .andGivenCommands(new RecordDeliveryFailureCommand("x", 1, "ConnectException",
                       fixture.currentTime().plusSeconds(10)))
               .whenThenTimeElapses(Duration.ofSeconds(11))
               .expectEvents(new ExchangeDeliveryDueEvent("x", 2, Delivery.of(TRAMITE, PDF)));
    }

    @Test
    void shouldRecordAnOutcomeOnlyOnceAndOnlyForTheAttemptUnderway() {
        fixture.given(opened(), new ExchangeDeliveryFailedEvent("x", 1, Delivery.Kind.TRAMITE, "down", LATER))
               .when(new RecordDeliveryFailureCommand("x", 1, "down again", LATER))
               .expectNoEvents()
               .expectNoScheduledDeadlines();
        fixture.given(opened(), new ExchangeDeliveredEvent("x", 1, Delivery.Kind.TRAMITE, ExchangeState.PENDING))
               .when(new RecordDeliveryCommand("x", 1, ExchangeState.PENDING))
               .expectNoEvents();
    }

    @Test
    void shouldStopRetryingWhenThePartnerRefuses() {
        fixture.given(opened())
               .when(new RecordDeliveryFailureCommand("x", 1, "refused with 422", null))
               .expectEvents(new ExchangeDeliveryFailedEvent("x", 1, Delivery.Kind.TRAMITE, "refused with 422", null))
               .expectNoScheduledDeadlines();
    }

    @Test
    void shouldReceiveACuoOnceAndAnswerARepeatWithItsState() {
        fixture.givenNoPriorActivity()
               .when(new ReceiveTramiteCommand("in", TRAMITE, PDF, "INACAL/GG", CHECK))
               .expectEvents(new TramiteReceivedEvent("in", TRAMITE, PDF, "INACAL/GG", CHECK))
               .expectResultMessagePayload(ExchangeState.PENDING);
        fixture.given(new TramiteReceivedEvent("in", TRAMITE, PDF, "INACAL/GG", CHECK))
               .when(new ReceiveTramiteCommand("in", TRAMITE, PDF, "INACAL/GG", CHECK))
               .expectNoEvents()
               .expectResultMessagePayload(ExchangeState.PENDING);
    }

    @Test
    void shouldRefuseACuoReceivedWithOtherContent() {
        Tramite other = new Tramite(TRAMITE.senderRuc(), TRAMITE.senderName(), TRAMITE.senderOffice(), "DNI",
                "10000002", TRAMITE.receiverRuc(), TRAMITE.cuo(), null, "OFICIO", "OFICIO N° 000002-2026-INACAL/DM",
                TRAMITE.documentDate(), "Mesa de partes", "Ana Torres", "Jefa de Trámite", "Otro asunto", 0, 2,
                "oficio.pdf", SHA, List.of(), null);
        fixture.given(new TramiteReceivedEvent("in", TRAMITE, PDF, "INACAL/GG", CHECK))
               .when(new ReceiveTramiteCommand("in", other, PDF, "INACAL/GG", CHECK))
               .expectException(IllegalTransitionException.class)
               .expectExceptionMessage("the CUO 2600000001 was already received with another content");
    }

    @Test
    void shouldLetOnlyTheMesaDePartesObserveWithAReason() {
        Cargo observation = new Cargo("2600000001", "20600283015", "20999999991", null, null, null, "INACAL/GG",
                "cmesa", "Falta el anexo", ExchangeState.OBSERVED, null);
        fixture.given(new TramiteReceivedEvent("in", TRAMITE, PDF, "INACAL/GG", CHECK))
               .when(new ObserveTramiteCommand("in", "cmesa", " Falta el anexo "))
               .expectEvents(new TramiteObservedEvent("in", observation),
                       new ExchangeDeliveryDueEvent("in", 1, Delivery.of(observation, null)));
        fixture.given(new TramiteReceivedEvent("in", TRAMITE, PDF, "INACAL/GG", CHECK))
               .when(new ObserveTramiteCommand("in", "mquispe", "No corresponde"))
               .expectException(InvalidValueException.class);
        fixture.given(new TramiteReceivedEvent("in", TRAMITE, PDF, "INACAL/GG", CHECK),
                       new TramiteObservedEvent("in", observation))
               .when(new ObserveTramiteCommand("in", "cmesa", "Otra vez"))
               .expectException(IllegalTransitionException.class);
    }

    private static Object[] opened() {
        return new Object[] {new OutgoingExchangeOpenedEvent("x", "doc", "der", TRAMITE, PDF, "mquispe"),
                new ExchangeDeliveryDueEvent("x", 1, Delivery.of(TRAMITE, PDF))};
    }
}

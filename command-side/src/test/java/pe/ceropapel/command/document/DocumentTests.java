package pe.ceropapel.command.document;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.document.DocumentRegisteredEvent;
import pe.ceropapel.api.document.DocumentType;
import pe.ceropapel.api.document.RegisterDocumentCommand;

class DocumentTests {

    private static final String SHA = "a".repeat(64);
    private static final ContentRef CONTENT = new ContentRef("sha256/" + SHA, SHA, 1234, 2);

    private AggregateTestFixture<Document> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Document.class);
    }

    private static RegisterDocumentCommand register(String subject, String office, ContentRef content) {
        return new RegisterDocumentCommand("doc-1", DocumentType.INFORME, subject, office, "jperez", content);
    }

    @Test
    void shouldRegisterADocumentWithItsStoredContent() {
        fixture.givenNoPriorActivity()
               .when(register("Informe sobre certificados de calibración", "INACAL/DM", CONTENT))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new DocumentRegisteredEvent("doc-1", DocumentType.INFORME,
                       "Informe sobre certificados de calibración", "INACAL/DM", "jperez", CONTENT));
    }

    @Test
    void shouldStripSurroundingBlanksFromTheSubject() {
        fixture.givenNoPriorActivity()
               .when(register("  Norma técnica NTP 2026  ", "INACAL/DN", CONTENT))
               .expectEvents(new DocumentRegisteredEvent("doc-1", DocumentType.INFORME,
                       "Norma técnica NTP 2026", "INACAL/DN", "jperez", CONTENT));
    }

    @Test
    void shouldRefuseABlankSubject() {
        fixture.givenNoPriorActivity()
               .when(register("   ", "INACAL/DM", CONTENT))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("a document needs a subject");
    }

    @Test
    void shouldRefuseASubjectLongerThanTheLimit() {
        fixture.givenNoPriorActivity()
               .when(register("x".repeat(Document.MAX_SUBJECT_LENGTH + 1), "INACAL/DM", CONTENT))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class);
    }

    @Test
    void shouldAcceptASubjectOfExactlyTheLimit() {
        fixture.givenNoPriorActivity()
               .when(register("x".repeat(Document.MAX_SUBJECT_LENGTH), "INACAL/DM", CONTENT))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void shouldRefuseAMalformedOfficeCode() {
        fixture.givenNoPriorActivity()
               .when(register("Asunto", "inacal dm", CONTENT))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("the office code must look like INACAL/DM");
    }

    @Test
    void shouldRefuseAMissingType() {
        fixture.givenNoPriorActivity()
               .when(new RegisterDocumentCommand("doc-1", null, "Asunto", "INACAL/DM", "jperez", CONTENT))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseAMissingAuthor() {
        fixture.givenNoPriorActivity()
               .when(new RegisterDocumentCommand("doc-1", DocumentType.NOTA, "Asunto", "INACAL/DM", " ", CONTENT))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseMissingContent() {
        fixture.givenNoPriorActivity()
               .when(register("Asunto", "INACAL/DM", null))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseContentWithAMalformedDigest() {
        fixture.givenNoPriorActivity()
               .when(register("Asunto", "INACAL/DM", new ContentRef("sha256/ABC", "ABC", 10, 1)))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseContentNotStoredUnderItsDigest() {
        fixture.givenNoPriorActivity()
               .when(register("Asunto", "INACAL/DM", new ContentRef("uploads/x.pdf", SHA, 10, 1)))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("the content must be stored under its digest");
    }

    @Test
    void shouldRefuseEmptyContent() {
        fixture.givenNoPriorActivity()
               .when(register("Asunto", "INACAL/DM", new ContentRef("sha256/" + SHA, SHA, 0, 1)))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseContentWithoutPages() {
        fixture.givenNoPriorActivity()
               .when(register("Asunto", "INACAL/DM", new ContentRef("sha256/" + SHA, SHA, 10, 0)))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class);
    }
}

package pe.ceropapel.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.ClassUtils;

/**
 * Every free text that a request body carries is checked for hidden characters: the request records
 * of this module are found on the class path, and each {@link PlainText} component refuses a hidden
 * character naming itself. The HTTP integration tests send one such case per kind of entry point.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FreeTextFieldsTests {

    /** The free texts the API takes, as {@code Record.component} (nested records by their own name). */
    private static final Set<String> FREE_TEXTS = Set.of(
            "DocumentMetadata.subject", "Draft.subject", "LifecycleRequests$Reason.reason",
            "SearchRequest.q",
            "Derive.comment", "Attention.comment", "DerivationRequests$Reason.reason",
            "SendRequest.destinationOffice", "SendRequest.addresseeName", "SendRequest.addresseePosition",
            "SendRequest.comment", "ObserveRequest.reason", "PartnerRequest.name", "RevokeRequest.reason",
            "OfficeName.name", "NewOffice.name", "NewPerson.fullName",
            "IntakeRequest.name", "IntakeRequest.subject");

    private ValidatorFactory factory;
    private Validator validator;

    @BeforeAll
    void startValidation() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    void stopValidation() {
        factory.close();
    }

    /** A free-text component: its record and its name. */
    record FreeText(Class<?> type, RecordComponent component) {

        String key() {
            Class<?> enclosing = type.getEnclosingClass();
            boolean ambiguous = type.getSimpleName().equals("Reason");
            return (ambiguous && enclosing != null ? enclosing.getSimpleName() + "$" : "")
                    + type.getSimpleName() + "." + component.getName();
        }

        @Override
        public String toString() {
            return key();
        }
    }

    static Stream<FreeText> freeTexts() {
        return requestRecords().flatMap(type -> Arrays.stream(type.getRecordComponents())
                .filter(component -> component.getAccessor().isAnnotationPresent(PlainText.class))
                .map(component -> new FreeText(type, component)));
    }

    @Test
    void shouldCheckEveryFreeTextThatTheApiTakes() {
        Set<String> checked = freeTexts().map(FreeText::key).collect(Collectors.toCollection(TreeSet::new));

        assertThat(checked).containsAll(FREE_TEXTS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("freeTexts")
    void shouldRefuseAHiddenCharacterNamingTheField(FreeText text) throws ReflectiveOperationException {
        Object request = withText(text, "Informe \u202Efdp.exe");

        Set<ConstraintViolation<Object>> violations = validator.validate(request);

        assertThat(violations).anySatisfy(violation -> {
            assertThat(violation.getPropertyPath()).hasToString(text.component().getName());
            assertThat(violation.getConstraintDescriptor().getAnnotation()).isInstanceOf(PlainText.class);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("freeTexts")
    void shouldAcceptMarkupAsText(FreeText text) throws ReflectiveOperationException {
        Object request = withText(text, "<script>alert(1)</script> Ñandú");

        assertThat(validator.validate(request)).noneSatisfy(violation ->
                assertThat(violation.getConstraintDescriptor().getAnnotation()).isInstanceOf(PlainText.class));
    }

    /** The record with {@code value} in the free text and every other component empty. */
    private static Object withText(FreeText text, String value) throws ReflectiveOperationException {
        RecordComponent[] components = text.type().getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] arguments = Arrays.stream(components)
                .map(component -> component.getName().equals(text.component().getName()) ? value
                        : emptyValueOf(component.getType()))
                .toArray();
        Constructor<?> constructor = text.type().getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return constructor.newInstance(arguments);
    }

    private static Object emptyValueOf(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        return type == boolean.class ? Boolean.FALSE : 0;
    }

    /** The records among this module's classes, read from where {@link PlainText} was loaded. */
    private static Stream<Class<?>> requestRecords() {
        try {
            Path classes = Path.of(PlainText.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(classes)) {
                return files.map(classes::relativize).map(Path::toString).filter(name -> name.endsWith(".class"))
                        .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                        .<Class<?>>map(name -> ClassUtils.resolveClassName(name, PlainText.class.getClassLoader()))
                        .filter(Class::isRecord).toList().stream();
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list this module's classes", e);
        }
    }
}

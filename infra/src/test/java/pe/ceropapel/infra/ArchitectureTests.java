package pe.ceropapel.infra;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasModifiers.Predicates.modifier;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module boundaries of {@code docs/architecture.md}, enforced on the compiled classes. */
class ArchitectureTests {

    private static final String[] LIBRARY_TYPES = {"eu.europa.esig..", "io.minio..", "okhttp3..",
            "co.elastic..", "org.elasticsearch..", "org.apache.pdfbox.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("pe.ceropapel");
    }

    @Test
    void querySideShouldNotDependOnCommandSide() {
        noClasses().that().resideInAPackage("pe.ceropapel.query..")
                .should().dependOnClassesThat().resideInAPackage("pe.ceropapel.command..")
                .check(classes);
    }

    @Test
    void commandSideShouldNotDependOnQuerySide() {
        noClasses().that().resideInAPackage("pe.ceropapel.command..")
                .should().dependOnClassesThat().resideInAPackage("pe.ceropapel.query..")
                .check(classes);
    }

    @Test
    void apiShouldHoldNoLibraryTypesAndNoOtherModule() {
        noClasses().that().resideInAPackage("pe.ceropapel.api..")
                .should().dependOnClassesThat().resideInAnyPackage(LIBRARY_TYPES)
                .orShould().dependOnClassesThat().resideInAnyPackage("pe.ceropapel.command..",
                        "pe.ceropapel.query..", "pe.ceropapel.signature..", "pe.ceropapel.storage..",
                        "pe.ceropapel.frontend..", "pe.ceropapel.infra..", "org.springframework..")
                .check(classes);
    }

    @Test
    void dssTypesShouldNotLeaveTheSignatureModule() {
        noClasses().that().resideOutsideOfPackage("pe.ceropapel.signature..")
                .should().dependOnClassesThat().resideInAPackage("eu.europa.esig..")
                .check(classes);
    }

    @Test
    void minioTypesShouldNotLeaveTheStorageModule() {
        noClasses().that().resideOutsideOfPackage("pe.ceropapel.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("io.minio..", "okhttp3..")
                .check(classes);
    }

    @Test
    void signatureAndStorageShouldNotDependOnTheSidesOrTheWeb() {
        noClasses().that().resideInAnyPackage("pe.ceropapel.signature..", "pe.ceropapel.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("pe.ceropapel.command..",
                        "pe.ceropapel.query..", "pe.ceropapel.frontend..", "pe.ceropapel.infra..")
                .check(classes);
    }

    @Test
    void nothingShouldDependOnTheCompositionRoot() {
        noClasses().that().resideOutsideOfPackage("pe.ceropapel.infra..")
                .should().dependOnClassesThat().resideInAPackage("pe.ceropapel.infra..")
                .check(classes);
    }

    @Test
    void theWebLayerShouldReachTheQuerySideOnlyThroughMessages() {
        noClasses().that().resideInAPackage("pe.ceropapel.frontend..")
                .should().dependOnClassesThat().resideInAPackage("pe.ceropapel.query..")
                .check(classes);
    }

    /**
     * Workflows that take files in, or a signer's PIN, live in the command side; the web layer calls
     * their interfaces.
     */
    @Test
    void theWebLayerShouldReachTheCommandSideOnlyThroughMessagesAndItsIntakeInterfaces() {
        noClasses().that().resideInAPackage("pe.ceropapel.frontend..")
                .should().dependOnClassesThat(resideInAPackage("pe.ceropapel.command..").and(
                        not(resideInAnyPackage("pe.ceropapel.command.intake", "pe.ceropapel.command.reception",
                                "pe.ceropapel.command.clientsigning", "pe.ceropapel.command.serversigning")
                                .and(modifier(JavaModifier.PUBLIC)))))
                .check(classes);
    }

    @Test
    void noServletMultipartOrSpringMvcTypeShouldLeaveTheWebLayer() {
        noClasses().that().resideOutsideOfPackage("pe.ceropapel.frontend..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.springframework.web..",
                        "org.springframework.http..")
                .check(classes);
    }
}

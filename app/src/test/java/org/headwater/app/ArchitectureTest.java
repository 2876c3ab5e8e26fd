package org.headwater.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of the architecture, checked on the compiled classes of every module: the
 * domain and the detectors are plain Java, and dependencies point inward towards core.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importAllModules() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.headwater");
    }

    /** A class compiled into the named module (its classes directory or its jar). */
    static DescribedPredicate<JavaClass> inModule(String module) {
        return DescribedPredicate.describe(
                "in module " + module,
                c -> c.getSource()
                        .map(s -> s.getUri().toString())
                        .map(uri -> uri.contains("/" + module + "/target/classes/")
                                || uri.contains("headwater-" + module + "-"))
                        .orElse(false));
    }

    private static final String[] FRAMEWORKS = {
        "org.springframework..", "jakarta..", "javax.sql..", "java.sql..", "tools.jackson..", "com.fasterxml..",
        "org.postgresql..", "org.flywaydb..", "com.hivemq..", "io.netty..", "picocli..", "org.apache.kafka.."
    };

    @Test
    void coreDependsOnTheJdkOnly() {
        noClasses()
                .that(inModule("core"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FRAMEWORKS)
                .check(classes);
    }

    @Test
    void detectorsDependOnTheJdkOnly() {
        noClasses()
                .that(inModule("detect"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FRAMEWORKS)
                .check(classes);
    }

    @Test
    void hydraulicsDependsOnTheJdkOnly() {
        // the solver is plain Java: nothing but the JDK, itself, and JSpecify's nullness annotations
        classes()
                .that(inModule("hydraulics"))
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.headwater.hydraulics..", "org.jspecify.annotations..")
                .check(classes);
    }

    @Test
    void coreDependsOnNoOtherModule() {
        noClasses()
                .that(inModule("core"))
                .should()
                .dependOnClassesThat(inModule("detect")
                        .or(inModule("analytics"))
                        .or(inModule("ingest"))
                        .or(inModule("store"))
                        .or(inModule("app")))
                .check(classes);
    }

    @Test
    void adaptersAndModelsDoNotDependOnTheEdge() {
        noClasses()
                .that(inModule("detect")
                        .or(inModule("analytics"))
                        .or(inModule("ingest"))
                        .or(inModule("store")))
                .should()
                .dependOnClassesThat(inModule("app"))
                .check(classes);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        noClasses()
                .that(inModule("store"))
                .should()
                .dependOnClassesThat(inModule("ingest"))
                .check(classes);
        noClasses()
                .that(inModule("ingest"))
                .should()
                .dependOnClassesThat(inModule("store"))
                .check(classes);
    }

    @Test
    void theStreamsHostDependsOnNeitherTheEdgeNorAnotherAdapter() {
        noClasses()
                .that(inModule("streams"))
                .should()
                .dependOnClassesThat(inModule("app").or(inModule("store")).or(inModule("ingest")))
                .check(classes);
    }

    @Test
    void onlyTheEdgeKnowsSpring() {
        noClasses()
                .that(inModule("app").negate())
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..")
                .check(classes);
    }

    /**
     * The classes that construct the store's adapters and hand them to Spring as core ports, each
     * with why it may know the store. Nothing else in app imports an adapter, so every desk,
     * controller and job runs on the testkit's in-memory fakes as well as on PostgreSQL.
     */
    private static final Map<String, String> WIRING = Map.of(
            "org.headwater.app.config.StoreConfiguration",
                    "constructs the PostgreSQL implementations of the core ports",
            "org.headwater.app.config.DatabaseConfiguration", "starts the embedded PostgreSQL and applies migrations",
            "org.headwater.app.alert.AlertConfiguration", "constructs the alert, incident and threshold stores",
            "org.headwater.app.ingest.IngestConfiguration", "constructs the read-slot counter",
            "org.headwater.app.audit.AuditConfiguration", "constructs the audit trail on the wall clock",
            "org.headwater.app.forecast.ForecastConfiguration", "constructs the forecast store",
            "org.headwater.app.investigate.InvestigationConfiguration", "constructs the investigation store",
            "org.headwater.app.workorder.WorkOrderConfiguration", "constructs the work-order and CMMS-cursor stores",
            "org.headwater.app.notify.NotifyConfiguration",
                    "constructs the notification, contact and open-escalation stores");

    static DescribedPredicate<JavaClass> wiringConfiguration() {
        return DescribedPredicate.describe(
                "a wiring configuration " + WIRING.keySet(),
                c -> WIRING.containsKey(c.getName().split("\\$")[0]));
    }

    @Test
    void theEdgeTalksToCorePortsAndOnlyItsWiringKnowsTheStore() {
        noClasses()
                .that(inModule("app").and(wiringConfiguration().negate()))
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.headwater.store..")
                .because("app talks to core ports; only its wiring constructs the store's adapters")
                .check(classes);
    }
}

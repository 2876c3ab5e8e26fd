package org.headwater.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.headwater.ingest.sparkplug.RebirthRequest;
import org.headwater.ingest.sparkplug.SparkplugHost;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nothing in Headwater can write to a field device over Modbus or command one over Sparkplug B
 * (docs/security.md, "Field connectors are read-only"; ADR 0034). Checked on the compiled classes of
 * every module on the application's class path.
 */
class SparkplugAndModbusAreReadOnlyTest {

    /** The Modbus client calls a poller needs: the four read functions and the connection. */
    private static final Set<String> MODBUS_READS = Set.of(
            "readCoils",
            "readDiscreteInputs",
            "readHoldingRegisters",
            "readInputRegisters",
            "connect",
            "disconnect",
            "isConnected",
            "create",
            "getConfig",
            "getTransport");

    private static JavaClasses classes;

    // Only Headwater's own classes are imported: the rules look at the names of the library classes and
    // methods they call, which the call sites carry, so the libraries need not be read too.
    @BeforeAll
    static void importAllModules() {
        ArchConfiguration configuration = ArchConfiguration.get();
        boolean resolving = configuration.resolveMissingDependenciesFromClassPath();
        configuration.setResolveMissingDependenciesFromClassPath(false);
        try {
            classes = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.headwater");
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(resolving);
        }
    }

    @Test
    void noCodeCallsAModbusClientMethodOtherThanTheFourReadFunctions() {
        DescribedPredicate<JavaCall<?>> anythingButARead = DescribedPredicate.describe(
                "a Modbus client method other than read coils, discrete inputs, holding or input registers"
                        + " (no write, mask write, read/write, send or sendRaw)",
                call -> call.getTargetOwner().getPackageName().equals("com.digitalpetri.modbus.client")
                        && call.getTargetOwner().getSimpleName().endsWith("Client")
                        && !MODBUS_READS.contains(call.getName()));
        noClasses().should().callCodeUnitWhere(anythingButARead).check(classes);
    }

    @Test
    void noCodeBuildsAModbusWriteRequest() {
        DescribedPredicate<JavaClass> writeRequests = DescribedPredicate.describe(
                "a Modbus write request or response (Write*, MaskWrite*, ReadWrite*)",
                c -> c.getPackageName().equals("com.digitalpetri.modbus.pdu")
                        && (c.getSimpleName().startsWith("Write")
                                || c.getSimpleName().startsWith("MaskWrite")
                                || c.getSimpleName().startsWith("ReadWrite")));
        noClasses().should().dependOnClassesThat(writeRequests).check(classes);
    }

    @Test
    void onlyTheRebirthRequestEncodesASparkplugPayload() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(RebirthRequest.class.getName())
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("com.google.protobuf.CodedOutputStream")
                .because("an NCMD or DCMD needs an encoded payload, and the rebirth request is the only one allowed")
                .check(classes);
    }

    @Test
    void onlyTheSparkplugHostPublishesOverMqttAndNothingUsesTahusCommandApi() {
        DescribedPredicate<JavaCall<?>> mqttPublish = DescribedPredicate.describe(
                "an MQTT publish",
                call -> call.getTargetOwner().getPackageName().startsWith("com.hivemq.client")
                        && (call.getName().equals("publish") || call.getName().equals("publishWith")));
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(SparkplugHost.class.getName())
                .should()
                .callCodeUnitWhere(mqttPublish)
                .because("the host's STATE message and its rebirth requests are the only messages Headwater sends")
                .check(classes);
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.eclipse.tahu..")
                .because("Tahu's host and edge libraries can send any command; Tahu is a test dependency only")
                .check(classes);
    }
}

package org.headwater.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.digitalpetri.modbus.client.ModbusTcpClient;
import com.digitalpetri.modbus.pdu.WriteSingleRegisterRequest;
import com.google.protobuf.CodedOutputStream;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import org.headwater.ingest.sparkplug.RebirthRequest;
import org.headwater.ingest.sparkplug.SparkplugHost;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nothing in Headwater can write to a field device over Modbus or command one over Sparkplug B
 * (docs/security.md, "Field connectors are read-only"; ADR 0034). Checked on the compiled classes of
 * every module on the application's class path; each rule is also shown to catch a class that breaks it.
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

    private static final ArchRule MODBUS_READS_ONLY = noClasses()
            .should()
            .callCodeUnitWhere(DescribedPredicate.<JavaCall<?>>describe(
                    "a Modbus client method other than read coils, discrete inputs, holding or input registers"
                            + " (no write, mask write, read/write, send or sendRaw)",
                    call -> call.getTargetOwner().getPackageName().equals("com.digitalpetri.modbus.client")
                            && call.getTargetOwner().getSimpleName().endsWith("Client")
                            && !MODBUS_READS.contains(call.getName())));

    private static final ArchRule NO_MODBUS_WRITE_REQUESTS = noClasses()
            .should()
            .dependOnClassesThat(DescribedPredicate.<JavaClass>describe(
                    "a Modbus write request or response (Write*, MaskWrite*, ReadWrite*)",
                    c -> c.getPackageName().equals("com.digitalpetri.modbus.pdu")
                            && (c.getSimpleName().startsWith("Write")
                                    || c.getSimpleName().startsWith("MaskWrite")
                                    || c.getSimpleName().startsWith("ReadWrite"))));

    private static final ArchRule ONLY_THE_REBIRTH_REQUEST_ENCODES = noClasses()
            .that()
            .doNotHaveFullyQualifiedName(RebirthRequest.class.getName())
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("com.google.protobuf.CodedOutputStream")
            .because("an NCMD or DCMD needs an encoded payload, and the rebirth request is the only one allowed");

    private static final ArchRule ONLY_THE_HOST_PUBLISHES = noClasses()
            .that()
            .doNotHaveFullyQualifiedName(SparkplugHost.class.getName())
            .should()
            .callCodeUnitWhere(DescribedPredicate.<JavaCall<?>>describe(
                    "an MQTT publish",
                    call -> call.getTargetOwner().getPackageName().startsWith("com.hivemq.client")
                            && (call.getName().equals("publish")
                                    || call.getName().equals("publishWith"))))
            .because("the host's STATE message and its rebirth requests are the only messages Headwater sends");

    private static final ArchRule NO_TAHU = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.eclipse.tahu..")
            .because("Tahu's host and edge libraries can send any command; Tahu is a test dependency only");

    private static JavaClasses classes;

    // Only Headwater's own classes are imported: the rules look at the names of the library classes and
    // methods they call, which the call sites carry, so the libraries need not be read too.
    @BeforeAll
    static void importAllModules() {
        classes = withoutLibraries(() -> new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.headwater"));
    }

    @Test
    void noCodeCallsAModbusClientMethodOtherThanTheFourReadFunctions() {
        MODBUS_READS_ONLY.check(classes);
        assertThat(MODBUS_READS_ONLY.evaluate(fixture(WritesARegister.class)).hasViolation())
                .isTrue();
    }

    @Test
    void noCodeBuildsAModbusWriteRequest() {
        NO_MODBUS_WRITE_REQUESTS.check(classes);
        assertThat(NO_MODBUS_WRITE_REQUESTS
                        .evaluate(fixture(WritesARegister.class))
                        .hasViolation())
                .isTrue();
    }

    @Test
    void onlyTheRebirthRequestEncodesASparkplugPayload() {
        ONLY_THE_REBIRTH_REQUEST_ENCODES.check(classes);
        assertThat(ONLY_THE_REBIRTH_REQUEST_ENCODES
                        .evaluate(fixture(SendsADeviceCommand.class))
                        .hasViolation())
                .isTrue();
    }

    @Test
    void onlyTheSparkplugHostPublishesOverMqttAndNothingUsesTahusCommandApi() {
        ONLY_THE_HOST_PUBLISHES.check(classes);
        NO_TAHU.check(classes);
        assertThat(ONLY_THE_HOST_PUBLISHES
                        .evaluate(fixture(SendsADeviceCommand.class))
                        .hasViolation())
                .isTrue();
    }

    private static JavaClasses fixture(Class<?> type) {
        return withoutLibraries(() -> new ClassFileImporter().importClasses(type));
    }

    private static JavaClasses withoutLibraries(java.util.function.Supplier<JavaClasses> importing) {
        ArchConfiguration configuration = ArchConfiguration.get();
        boolean resolving = configuration.resolveMissingDependenciesFromClassPath();
        configuration.setResolveMissingDependenciesFromClassPath(false);
        try {
            return importing.get();
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(resolving);
        }
    }

    /** What the rules exist to stop: a Modbus write. */
    static final class WritesARegister {
        void write(ModbusTcpClient client) throws Exception {
            client.writeSingleRegister(1, new WriteSingleRegisterRequest(100, 42));
        }
    }

    /** What the rules exist to stop: an encoded command published to a device. */
    static final class SendsADeviceCommand {
        void send(Mqtt3AsyncClient client) throws Exception {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            CodedOutputStream out = CodedOutputStream.newInstance(bytes);
            out.writeString(1, "Device Control/Setpoint");
            out.flush();
            client.publishWith()
                    .topic("spBv1.0/g/DCMD/n/d")
                    .payload(bytes.toByteArray())
                    .send();
        }
    }
}

package org.headwater.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nothing in Headwater can change a field device (docs/security.md, "Read-only by construction"):
 * the OPC UA client is used to browse, read, subscribe and read history, and these rules fail the
 * build as soon as any class writes a value, calls a method or updates history on a server.
 */
class ReadOnlyByConstructionTest {

    private static final String MILO_CLIENT = "org.eclipse.milo.opcua.sdk.client..";
    // Part 4 services that change a server: Write (5.10.4), Call (5.11), HistoryUpdate (5.10.5), NodeManagement (5.7)
    private static final Pattern CHANGING_SERVICE =
            Pattern.compile("(write|call|historyUpdate|addNodes|deleteNodes|addReferences|deleteReferences)\\w*"
                    // a client-side node's cached value, pushed to the server by synchronize()
                    + "|synchronize|setValue|setAttribute\\w*");
    private static final String[] CHANGE_REQUESTS = {
        "org.eclipse.milo.opcua.stack.core.types.structured.WriteValue",
        "org.eclipse.milo.opcua.stack.core.types.structured.WriteRequest",
        "org.eclipse.milo.opcua.stack.core.types.structured.CallMethodRequest",
        "org.eclipse.milo.opcua.stack.core.types.structured.CallRequest",
        "org.eclipse.milo.opcua.stack.core.types.structured.HistoryUpdateDetails",
        "org.eclipse.milo.opcua.stack.core.types.structured.UpdateDataDetails",
        "org.eclipse.milo.opcua.stack.core.types.structured.HistoryUpdateRequest",
        "org.eclipse.milo.opcua.stack.core.types.structured.AddNodesItem",
        "org.eclipse.milo.opcua.stack.core.types.structured.DeleteNodesItem"
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importAllModules() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.headwater");
    }

    @Test
    void noClassCallsAnOpcUaServiceThatChangesTheServer() {
        noClasses()
                .should()
                .callMethodWhere(DescribedPredicate.describe(
                        "an OPC UA client method that writes, calls a method or updates history",
                        (JavaCall<?> call) -> call.getTargetOwner()
                                        .getPackageName()
                                        .startsWith("org.eclipse.milo.opcua.sdk.client")
                                && CHANGING_SERVICE.matcher(call.getName()).matches()))
                .because("Headwater reads SCADA; it never writes to a control system")
                .check(classes);
    }

    @Test
    void noClassBuildsAnOpcUaWriteCallOrHistoryUpdateRequest() {
        noClasses()
                .should()
                .dependOnClassesThat(DescribedPredicate.describe(
                        "an OPC UA request that changes a server",
                        c -> java.util.Arrays.asList(CHANGE_REQUESTS).contains(c.getFullName())))
                .because("Headwater reads SCADA; it never writes to a control system")
                .check(classes);
    }

    @Test
    void onlyTheOpcUaConnectorUsesTheOpcUaClient() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.headwater.ingest.opcua..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(MILO_CLIENT)
                .check(classes);
    }
}

package org.headwater.ingest.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TagMapTest {

    @Test
    void readsNodeIdsBrowsePathsAndHistorianTagsWithOptionalScaling() {
        TagMap map = parse("""
                # plant A
                address,sensor_id,measurand,unit,scale,offset
                "ns=2;s=PS1.Pressure",ps-1,pressure,psi,,
                /Objects/Plant/Tank1/Level,tank-1,LEVEL,m,0.01,-0.5
                PLANT_A.FLOW.FT101.PV,ft-101,flow,l/s,,
                """);

        assertThat(map.size()).isEqualTo(3);
        assertThat(map.lookup("ns=2;s=PS1.Pressure"))
                .contains(TagMapping.of("ns=2;s=PS1.Pressure", "ps-1", Measurand.PRESSURE, Unit.PSI));
        TagMapping level = map.lookup("/Objects/Plant/Tank1/Level").orElseThrow();
        assertThat(level.scaled(450)).isEqualTo(4.0);
        assertThat(map.lookup("unmapped")).isEmpty();
        assertThat(map.mappings()).extracting(TagMapping::sensorId).containsExactly("ps-1", "tank-1", "ft-101");
    }

    @Test
    void columnsMayComeInAnyOrderAndScaleColumnsMayBeLeftOut() {
        TagMap map = parse("unit,measurand,sensor_id,address\nkPa,pressure,ps-1,ns=2;i=7\n");

        assertThat(map.lookup("ns=2;i=7").orElseThrow().scale()).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown measurand    | a,s1,velocity,m      | 3 | measurand | "velocity" is not one of
            unknown unit         | a,s1,pressure,furlong | 3 | unit      | "furlong" is not a known unit
            unit of wrong family | a,s1,pressure,m3     | 3 | unit      | measures VOLUME, but PRESSURE needs PRESSURE
            empty sensor         | a,,pressure,kpa      | 3 | sensor_id | is empty
            empty address        | ,s1,pressure,kpa     | 3 | address   | is empty
            scale not a number   | a,s1,pressure,kpa,x  | 3 | scale     | "x" is not a number
            zero scale           | a,s1,pressure,kpa,0  | 3 | scale     | must not be 0
            """)
    void aBadLineIsRefusedNamingFileLineAndField(
            String label, String line, int lineNumber, String field, String problem) {
        String text = "# comment\naddress,sensor_id,measurand,unit,scale,offset\n" + line + "\n";

        assertThatThrownBy(() -> parse(text))
                .isInstanceOfSatisfying(TagMapException.class, e -> {
                    assertThat(e.file()).isEqualTo("tags.csv");
                    assertThat(e.line()).isEqualTo(lineNumber);
                    assertThat(e.field()).isEqualTo(field);
                })
                .hasMessageStartingWith("tags.csv line " + lineNumber + " field " + field + ": ")
                .hasMessageContaining(problem);
    }

    @Test
    void anAddressMappedTwiceIsRefusedAtTheSecondLine() {
        assertThatThrownBy(() -> parse("address,sensor_id,measurand,unit\na,s1,pressure,kpa\n\na,s2,flow,l/s\n"))
                .isInstanceOf(TagMapException.class)
                .hasMessage("tags.csv line 4 field address: \"a\" is already mapped on an earlier line");
    }

    @Test
    void aHeaderWithAnUnknownOrMissingColumnIsRefused() {
        assertThatThrownBy(() -> parse("address,sensor,measurand,unit\n"))
                .hasMessageStartingWith("tags.csv line 1 field header: unknown column \"sensor\"");
        assertThatThrownBy(() -> parse("address,sensor_id,unit\n"))
                .hasMessage("tags.csv line 1 field header: missing column \"measurand\"");
        assertThatThrownBy(() -> parse("")).hasMessageContaining("the file is empty");
    }

    @Test
    void anUnclosedQuoteIsRefused() {
        assertThatThrownBy(() -> parse("address,sensor_id,measurand,unit\n\"ns=2;s=A,s1,pressure,kpa\n"))
                .hasMessage("tags.csv line 2 field field 1: a quoted field is not closed");
    }

    @Test
    void readsAFileAndNamesItsPathInErrors(@TempDir Path dir) throws IOException {
        Path good =
                Files.writeString(dir.resolve("good.csv"), "address,sensor_id,measurand,unit\na,s1,chlorine,mg/l\n");
        Path bad = Files.writeString(dir.resolve("bad.csv"), "address,sensor_id,measurand,unit\na,s1,chlorine,bar\n");

        assertThat(TagMap.read(good).file()).isEqualTo(good.toString());
        assertThatThrownBy(() -> TagMap.read(bad)).hasMessageStartingWith(bad + " line 2 field unit:");
    }

    private static TagMap parse(String text) {
        return TagMap.parse(new StringReader(text), "tags.csv");
    }
}

package org.headwater.app.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.headwater.testkit.fuzz.ClearErrors;
import org.headwater.testkit.fuzz.FuzzHarness;
import org.headwater.testkit.fuzz.FuzzReport;
import org.headwater.testkit.fuzz.FuzzTarget;
import org.headwater.testkit.fuzz.Sample;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ByteArrayResource;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The notification settings an administrator writes ({@code headwater.notify.*} in YAML: routes,
 * chains, contacts) survive seeded mutants of the documented example: read as the server reads them
 * (YAML, then Spring's binder, then {@link NotifySettings#from}), a bad file is refused with a YAML
 * error naming line and column, a bind error naming the property, or our error naming the property;
 * never anything else, never a hang. {@code -Dheadwater.fuzz.inputs=100000} runs the full count.
 */
class NotifySettingsFuzzTest {

    private static final long SEED = 20_261_207L;

    private static final AtomicLong springYamlCastErrors = new AtomicLong();

    /** Spring's YAML loader could not flatten the document; the server would not start, saying so. */
    private static final class SpringYamlLoaderRefused extends RuntimeException {
        SpringYamlLoaderRefused(ClassCastException e) {
            super("Spring's YAML loader cannot flatten a mapping key that is not a string: " + e.getMessage(), e);
        }
    }

    @Test
    void notificationSettingsAreRefusedOnlyWithErrorsNamingTheProperty() throws IOException {
        long inputs = Long.getLong("headwater.fuzz.inputs", 300);
        FuzzTarget settings = new FuzzTarget(
                "notify-settings",
                List.of(documentedExample()),
                NotifySettingsFuzzTest::load,
                ClearErrors.ofType(
                        YAMLException.class,
                        BindException.class,
                        IllegalArgumentException.class,
                        SpringYamlLoaderRefused.class));

        FuzzReport report = new FuzzHarness(Duration.ofSeconds(10), 1 << 16).run(settings, SEED, inputs);

        System.out.println(FuzzReport.header() + "  total_s  spring_yaml_cast_errors\n" + report.row() + " "
                + report.totalMillis() / 1000.0 + " " + springYamlCastErrors.get());
        assertThat(report.firstFailures()).as(report.row()).isEmpty();
        assertThat(report.accepted() + report.rejected()).isEqualTo(inputs);
    }

    private static int load(byte[] yaml) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        List<PropertySource<?>> sources;
        try {
            sources = new YamlPropertySourceLoader().load("fuzz.yml", new ByteArrayResource(yaml));
        } catch (ClassCastException e) {
            // Spring's YamlProcessor casts every key to String: a flow mapping with a list or number as key
            // ("{id: ami,1}", "{zones: [a],  [b]}") fails there, before our code. Counted apart, not hidden.
            springYamlCastErrors.incrementAndGet();
            throw new SpringYamlLoaderRefused(e);
        }
        for (PropertySource<?> source : sources) {
            environment.getPropertySources().addFirst(source);
        }
        Binder binder = new Binder(ConfigurationPropertySources.from(environment.getPropertySources()));
        binder.bind("headwater.notify", NotifyProperties.class).ifBound(NotifySettings::from);
        return 0;
    }

    /** The commented {@code headwater.notify} block of {@code config/headwater.example.yml}, uncommented. */
    private static Sample documentedExample() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("../config/headwater.example.yml"), StandardCharsets.UTF_8);
        int start = lines.indexOf("#   notify:") - 1;
        String block = lines.subList(start, lines.size()).stream()
                .takeWhile(line -> line.startsWith("#"))
                .map(line -> line.length() > 1 ? line.substring(2) : "")
                .collect(Collectors.joining("\n", "", "\n"));
        return new Sample("config/headwater.example.yml (headwater.notify)", block.getBytes(StandardCharsets.UTF_8));
    }
}

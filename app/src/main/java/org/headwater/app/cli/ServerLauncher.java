package org.headwater.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.headwater.app.HeadwaterApplication;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts Spring with the command's settings layered under an optional configuration file: the whole server
 * for {@code demo} and {@code serve}, the command-line context ({@link CommandLineApplication}) for tools.
 */
final class ServerLauncher {

    private ServerLauncher() {}

    static ConfigurableApplicationContext start(Map<String, Object> defaults, @Nullable Path configFile) {
        return run(HeadwaterApplication.class, defaults, configFile);
    }

    /** The database and store only, for a command that does its work and exits. */
    static ConfigurableApplicationContext startForCommandLine(Map<String, Object> defaults, @Nullable Path configFile) {
        Map<String, Object> properties = new HashMap<>(defaults);
        properties.put("spring.main.web-application-type", "none");
        return run(CommandLineApplication.class, properties, configFile);
    }

    private static ConfigurableApplicationContext run(
            Class<?> source, Map<String, Object> defaults, @Nullable Path configFile) {
        SpringApplication application = new SpringApplication(source);
        Map<String, Object> properties = new HashMap<>(defaults);
        if (configFile != null) {
            properties.put("spring.config.additional-location", "file:" + configFile.toAbsolutePath());
        }
        application.setRegisterShutdownHook(true);
        // Passed as command-line arguments so they override the packaged application.yml.
        String[] arguments = properties.entrySet().stream()
                .map(p -> "--" + p.getKey() + "=" + p.getValue())
                .toArray(String[]::new);
        return application.run(arguments);
    }

    static void requireReadable(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("cannot read configuration file " + file.toAbsolutePath());
        }
    }
}

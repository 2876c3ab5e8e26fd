package org.headwater.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.headwater.app.HeadwaterApplication;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application with the command's settings layered under an optional configuration file. */
final class ServerLauncher {

    private ServerLauncher() {}

    static ConfigurableApplicationContext start(Map<String, Object> defaults, @Nullable Path configFile) {
        return start(defaults, configFile, true);
    }

    static ConfigurableApplicationContext start(Map<String, Object> defaults, @Nullable Path configFile, boolean web) {
        SpringApplication application = new SpringApplication(HeadwaterApplication.class);
        Map<String, Object> properties = new HashMap<>(defaults);
        if (configFile != null) {
            properties.put("spring.config.additional-location", "file:" + configFile.toAbsolutePath());
        }
        if (!web) {
            properties.put("spring.main.web-application-type", "none");
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

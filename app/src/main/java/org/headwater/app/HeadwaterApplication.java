package org.headwater.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Headwater server: started by {@code ./headwater demo} (embedded default) or {@code ./headwater serve}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HeadwaterApplication {}

package org.headwater.app.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version recorded in the jar manifest at build time. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = HeadwaterMain.class.getPackage().getImplementationVersion();
        return new String[] {"headwater " + (version == null ? "development build" : version)};
    }
}

package org.radassist.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version from the jar manifest, or "development build" when run from classes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = RadAssistCommand.class.getPackage().getImplementationVersion();
        return new String[] {"RadAssist " + (version == null ? "development build" : version)};
    }
}

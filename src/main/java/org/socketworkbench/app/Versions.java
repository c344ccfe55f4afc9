package org.socketworkbench.app;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code --version}: Socket Workbench, the Java runtime and JavaFX. Nothing here starts the
 * JavaFX toolkit, so it works without a display: JavaFX's version comes from the
 * {@code javafx.runtime.version} property when the toolkit already set it, else from the
 * {@code javafx.properties} file at the root of the javafx.base module (the toolkit reads the
 * same file), else from that module's descriptor.
 */
final class Versions implements CommandLine.IVersionProvider {

    static final String UNKNOWN = "unknown";

    @Override
    public String[] getVersion() {
        return new String[] {appLine(), javaLine(), javafxLine()};
    }

    /** Product names and versions, the same in every language (About shows them too). */
    static String appLine() {
        return "Socket Workbench " + app(); // i18n-ok: product name and version
    }

    static String javaLine() {
        return "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", UNKNOWN) + ")"; // i18n-ok: product name and version
    }

    static String javafxLine() {
        return "JavaFX " + javafx(); // i18n-ok: product name and version
    }

    static String app() {
        return property(Versions.class, "version.properties", "version").orElse(UNKNOWN);
    }

    static String javafx() {
        String set = System.getProperty("javafx.runtime.version");
        if (set != null) {
            return set;
        }
        Class<?> base = javafx.beans.Observable.class;
        return property(base, "/javafx.properties", "javafx.runtime.version")
                .or(() -> base.getModule().getDescriptor() == null ? Optional.empty()
                        : base.getModule().getDescriptor().rawVersion())
                .orElse(UNKNOWN);
    }

    private static Optional<String> property(Class<?> owner, String resource, String key) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            return Optional.ofNullable(properties.getProperty(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.socketworkbench.datafiles;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * What one kind of data file holds.
 *
 * @param describer   what the user calls the content, for warnings ("the settings"); asked each time a
 *                    warning is built, so a translated name reads in the current language
 * @param type        the record the file is read into
 * @param version     the version this code writes; files with a lower one are migrated
 * @param defaults    the value when the file is missing or cannot be read
 * @param migration   how to bring older files up to {@code version}
 */
public record DataFormat<T>(Supplier<String> describer, Class<T> type, int version, Supplier<T> defaults,
                            Migration migration) {

    public DataFormat {
        Objects.requireNonNull(describer);
        Objects.requireNonNull(type);
        Objects.requireNonNull(defaults);
        Objects.requireNonNull(migration);
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more, was " + version);
        }
    }

    /** A format whose content has one name in every language. */
    public DataFormat(String description, Class<T> type, int version, Supplier<T> defaults, Migration migration) {
        this(constant(description), type, version, defaults, migration);
    }

    /** A format at its first version. */
    public static <T> DataFormat<T> first(String description, Class<T> type, Supplier<T> defaults) {
        return first(constant(description), type, defaults);
    }

    /** A format at its first version whose name is looked up when a warning is built (a translated text). */
    public static <T> DataFormat<T> first(Supplier<String> describer, Class<T> type, Supplier<T> defaults) {
        return new DataFormat<>(describer, type, 1, defaults, Migration.NONE);
    }

    /** What the user calls the content now. */
    public String description() {
        return describer.get();
    }

    private static Supplier<String> constant(String description) {
        Objects.requireNonNull(description);
        return () -> description;
    }
}

package org.socketworkbench.datafiles;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * What one kind of data file holds.
 *
 * @param description what the user calls the content, for warnings ("the settings")
 * @param type        the record the file is read into
 * @param version     the version this code writes; files with a lower one are migrated
 * @param defaults    the value when the file is missing or cannot be read
 * @param migration   how to bring older files up to {@code version}
 */
public record DataFormat<T>(String description, Class<T> type, int version, Supplier<T> defaults,
                            Migration migration) {

    public DataFormat {
        Objects.requireNonNull(description);
        Objects.requireNonNull(type);
        Objects.requireNonNull(defaults);
        Objects.requireNonNull(migration);
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more, was " + version);
        }
    }

    /** A format at its first version. */
    public static <T> DataFormat<T> first(String description, Class<T> type, Supplier<T> defaults) {
        return new DataFormat<>(description, type, 1, defaults, Migration.NONE);
    }
}

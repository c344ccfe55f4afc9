/**
 * The user's data files (settings, and later reply rules, presets, roster and matrix exports)
 * and the command line's {@code --json} outputs: records read and written with Jackson, through
 * one configuration ({@link org.socketworkbench.datafiles.DataJson}).
 *
 * <p>What a file looks like: a JSON object, pretty-printed with two-space indents and
 * {@code "key": value}, a {@code "version"} key first, then the record's components in the order
 * the record declares them, then the unknown keys it kept, sorted by name; a final newline. The
 * same value always gives the same bytes, so files diff well and can be edited by hand.
 *
 * <p>Unknown keys are <em>kept</em>, not dropped: a record read from a file declares a last
 * component {@code @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys} (normalised with
 * {@link org.socketworkbench.datafiles.UnknownKeys#keep}), so a key added by hand or by a newer
 * version survives the next save, at every level that declares the component. A record without
 * it ignores unknown keys (reading never fails on them); that is only right for values that are
 * written and never read back, such as {@code --json} outputs. Missing keys are allowed: a record
 * gets null (or 0, false) and its compact constructor puts the default in.
 *
 * <p>To add a data file:
 * <ol>
 * <li>the value as a record (with {@code unknownKeys}) in its feature package, and a
 *     {@code opens <package> to tools.jackson.databind;} line in module-info, because Jackson
 *     reads records reflectively;</li>
 * <li>a {@link org.socketworkbench.datafiles.DataFormat} naming it, its defaults and its version;</li>
 * <li>a {@link org.socketworkbench.datafiles.DataFile} for its path: {@code load()} never
 *     fails (a missing file gives the defaults, a corrupt one the defaults, a warning for the
 *     user and a {@code .corrupt} copy), {@code save(value)} replaces the file atomically.</li>
 * </ol>
 * When the format changes, raise the version and give a
 * {@link org.socketworkbench.datafiles.Migration} that rewrites older files' trees.
 */
package org.socketworkbench.datafiles;

package org.socketworkbench.datafiles;

import tools.jackson.databind.node.ObjectNode;

/**
 * Rewrites an older file's JSON tree one version up, before it is bound to the record. Steps run
 * in order from the file's version to the format's, so each step only knows its neighbour.
 */
@FunctionalInterface
public interface Migration {

    /** For a format still at its first version. */
    Migration NONE = (fromVersion, tree) -> {
    };

    /** Changes {@code tree} (without its "version" key) from {@code fromVersion} to {@code fromVersion + 1}. */
    void upgrade(int fromVersion, ObjectNode tree);
}

package org.socketworkbench.architecture;

import java.util.Arrays;

/** The feature-logic packages: above the engine, below the UI, free of JavaFX. Add new ones here. */
final class FeaturePackages {

    private static final String[] ROOTS = {
        "org.socketworkbench.adapters",
        "org.socketworkbench.certificates",
        "org.socketworkbench.cli",
        "org.socketworkbench.datafiles",
        "org.socketworkbench.i18n",
        "org.socketworkbench.multicast",
        "org.socketworkbench.payloads",
        "org.socketworkbench.relay",
        "org.socketworkbench.replies",
        "org.socketworkbench.script",
        "org.socketworkbench.sendlisten",
        "org.socketworkbench.settings",
        "org.socketworkbench.sockets",
        "org.socketworkbench.traffic",
        "org.socketworkbench.workspace",
    };

    private FeaturePackages() {
    }

    static String[] all() {
        return Arrays.stream(ROOTS).map(root -> root + "..").toArray(String[]::new);
    }

    static boolean contains(String packageName) {
        return Arrays.stream(ROOTS).anyMatch(root -> packageName.equals(root) || packageName.startsWith(root + "."));
    }
}

package org.socketworkbench.sendlisten;

import org.socketworkbench.cli.IntRangeConverter;

/** Option value ranges of send and listen. */
final class Ports {

    private Ports() {
    }

    static final class Port extends IntRangeConverter {
        Port() {
            super(0, 65535);
        }
    }

    static final class Count extends IntRangeConverter {
        Count() {
            super(1, Integer.MAX_VALUE);
        }
    }

    static final class Millis extends IntRangeConverter {
        Millis() {
            super(0, 86_400_000);
        }
    }
}

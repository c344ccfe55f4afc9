package org.socketworkbench.ui.traffic;

import org.socketworkbench.traffic.CapturedPayload;

/** What the traffic table's row menu does with a captured payload; the app supplies it. FX thread. */
public interface PayloadActions {

    /** Sends the payload's bytes again, on its socket or another one the user picks. */
    void sendAgain(CapturedPayload payload);

    /** Keeps the payload's bytes as a named composer preset. */
    void saveAsPreset(CapturedPayload payload);
}

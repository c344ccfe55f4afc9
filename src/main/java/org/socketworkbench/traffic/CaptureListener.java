package org.socketworkbench.traffic;

/**
 * Told about every payload the moment the capture has stored it. Runs on the appending (engine)
 * thread: it must be quick and must not block.
 */
@FunctionalInterface
public interface CaptureListener {

    void appended(CapturedPayload payload);
}

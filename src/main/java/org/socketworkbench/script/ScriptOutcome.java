package org.socketworkbench.script;

/**
 * How a script run ended.
 *
 * @param status why it ended
 * @param error  the uncaught error when {@code status} is {@link Status#FAILED}, otherwise null
 */
public record ScriptOutcome(Status status, ScriptError error) {

    /** Why a run ended. */
    public enum Status {
        /** Nothing was pending any more: no timers, no socket operations waiting for a callback. */
        FINISHED,
        /** An error nobody caught. */
        FAILED,
        /** {@link RunningScript#stop()} ended it. */
        STOPPED
    }

    static ScriptOutcome finished() {
        return new ScriptOutcome(Status.FINISHED, null);
    }

    static ScriptOutcome stopped() {
        return new ScriptOutcome(Status.STOPPED, null);
    }

    static ScriptOutcome failed(ScriptError error) {
        return new ScriptOutcome(Status.FAILED, error);
    }
}

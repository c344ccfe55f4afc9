package org.socketworkbench.multicast;

/** The exit codes of the headless {@code probe} command. */
public enum ProbeExitCode {
    /** Probes arrived on every group with no loss and no duplicates; with --send-only: everything was sent. */
    OK(0),
    /** Some sender showed loss (counted from its first probe seen) or duplicates. Reordering and lateness alone do not fail a run. */
    LOSS_OR_DUPLICATES(1),
    /** Bad arguments: {@link org.socketworkbench.cli.ExitCodes#USAGE}, as for every command. */
    USAGE(org.socketworkbench.cli.ExitCodes.USAGE),
    /** A socket operation failed: create, bind, join, TTL, loopback or send. */
    SOCKET_ERROR(3),
    /** A group on which we listened received no probe at all (foreign traffic does not count). */
    NOTHING_RECEIVED(4);

    private final int code;

    ProbeExitCode(int code) {
        this.code = code;
    }

    /** The process exit status. */
    public int code() {
        return code;
    }

    /**
     * Judges a finished run that had no socket error. A silent group is the worse failure, so
     * {@link #NOTHING_RECEIVED} wins over {@link #LOSS_OR_DUPLICATES}.
     */
    public static ProbeExitCode judge(RosterSnapshot finalSnapshot, ProbeMode mode) {
        return judge(finalSnapshot, mode, false);
    }

    /**
     * As {@link #judge(RosterSnapshot, ProbeMode)}; with {@code matrix}, loss or duplicates on
     * any pair of the whole group's matrix (as other hosts reported it) fail the run too, even
     * with --send-only.
     */
    public static ProbeExitCode judge(RosterSnapshot finalSnapshot, ProbeMode mode, boolean matrix) {
        ProbeExitCode own = judgeOwn(finalSnapshot, mode);
        if (own == OK && matrix && finalSnapshot.channels().stream().anyMatch(c -> c.matrix().anyLoss())) {
            return LOSS_OR_DUPLICATES;
        }
        return own;
    }

    private static ProbeExitCode judgeOwn(RosterSnapshot finalSnapshot, ProbeMode mode) {
        if (!mode.receives()) {
            return OK;
        }
        if (finalSnapshot.channels().stream().anyMatch(c -> c.senders().isEmpty())) {
            return NOTHING_RECEIVED;
        }
        boolean loss = finalSnapshot.senders().stream()
                .anyMatch(s -> s.counts().lost() > 0 || s.counts().duplicates() > 0);
        return loss ? LOSS_OR_DUPLICATES : OK;
    }
}

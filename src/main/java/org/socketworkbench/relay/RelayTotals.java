package org.socketworkbench.relay;

/**
 * A relay's figures at one moment, over every conversation since it started (also those it no
 * longer keeps): what the relay pane's live line shows, and what its throughput is computed from.
 *
 * @param bytesToServer bytes written to target legs
 * @param bytesToClient bytes written to client legs
 * @param open          conversations open now (connecting included)
 * @param total         conversations since start
 */
public record RelayTotals(long bytesToServer, long bytesToClient, int open, int total) {

    public static final RelayTotals NONE = new RelayTotals(0, 0, 0, 0);
}

package org.socketworkbench.multicast;

/**
 * A row (receiver) or column (sender) of a {@link MatrixSnapshot}.
 *
 * @param id          the reporter id (rows) or the sender id (columns)
 * @param name        the host name, or the id in hex when no probe or report named it
 * @param lastHeard   when its latest report (rows) or probe or mention (columns) arrived, probe clock
 * @param silent      a row: no report for three report intervals (it stopped reporting, or its
 *                    reports no longer reach us); the view fades it and says since when
 */
public record MatrixHost(long id, String name, long lastHeard, boolean silent) {

    /** The id as 16 hex digits. */
    public String idHex() {
        return String.format("%016x", id);
    }
}

package org.socketworkbench.multicast;

import java.util.List;
import java.util.Objects;

/**
 * A receiver report: what one receiver (a group joined on one adapter of one host) hears from
 * every sender, sent to the group once a second, as RTCP receiver reports are (RFC 3550
 * section 6.4.2). Every host builds the whole group's {@link ReceptionMatrix} from them. Byte layout in
 * src/docs/receiver-report-format.md.
 *
 * @param reporterId    random per receiver run
 * @param localSenderId the id of the reporter's own probe sender on this group, 0 when it sends none
 *                      (so the matrix knows that row and that column are one host)
 * @param reportTime    when the report was made, ns since 1970 on the reporter's probe clock
 * @param intervalMillis how often the reporter reports
 * @param hostName      the reporter's host name (or --id)
 * @param blocks        one per sender heard
 */
public record ReceiverReport(long reporterId, long localSenderId, long reportTime, int intervalMillis, String hostName,
                             List<ReportBlock> blocks) {

    public ReceiverReport {
        Objects.requireNonNull(hostName, "hostName");
        blocks = List.copyOf(blocks);
    }
}

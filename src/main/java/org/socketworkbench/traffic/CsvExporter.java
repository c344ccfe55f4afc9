package org.socketworkbench.traffic;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Writes captured payloads as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma,
 * quote or line break in double quotes with quotes doubled). Columns: sequence, time (UTC,
 * ISO 8601 with nanoseconds), socket, kind, direction, secured, local, peer, length, payload as
 * hex, a text preview of the payload, and the relay conversation's number and way
 * ({@code client_to_server}, {@code server_to_client}; both empty for a payload that crossed no relay).
 */
public final class CsvExporter {

    static final String HEADER = "sequence,time,socket,kind,direction,secured,local,peer,length,payload_hex,preview,conversation,route"; // i18n-ok: the file format
    static final int PREVIEW_BYTES = 256;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC); // i18n-ok: a time pattern
    private static final HexFormat HEX = HexFormat.of();

    private CsvExporter() {
    }

    /** Writes the header line and one line per payload. Does not close the writer. */
    public static void write(Iterable<CapturedPayload> payloads, Writer out) throws IOException {
        out.write(HEADER);
        out.write("\r\n");
        for (CapturedPayload payload : payloads) {
            TrafficFlow flow = payload.flow();
            FlowRoute route = flow.route();
            String[] fields = {
                Long.toString(payload.sequence()),
                TIME.format(Instant.ofEpochSecond(0, payload.timestampNanos())),
                Integer.toString(flow.socketId()),
                flow.kind().chromeName(),
                payload.direction().name().toLowerCase(java.util.Locale.ROOT),
                Boolean.toString(flow.secured()),
                flow.localEndpoint(),
                flow.peerEndpoint(),
                Integer.toString(payload.length()),
                HEX.formatHex(payload.data(), payload.offset(), payload.offset() + payload.length()),
                PayloadPreview.of(payload, PREVIEW_BYTES),
                route == null ? "" : Integer.toString(route.conversation()),
                route == null ? "" : route.way().name().toLowerCase(java.util.Locale.ROOT),
            };
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(quote(fields[i]));
            }
            out.write("\r\n");
        }
        out.flush();
    }

    /** The field as RFC 4180 wants it: quoted when it holds a comma, quote, CR or LF. */
    public static String quote(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return '"' + field.replace("\"", "\"\"") + '"';
            }
        }
        return field;
    }
}

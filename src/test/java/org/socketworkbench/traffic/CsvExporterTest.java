package org.socketworkbench.traffic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.engine.Direction;
import org.socketworkbench.engine.SocketKind;
import org.socketworkbench.engine.TrafficEvent;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvExporterTest {

    @TempDir
    Path dir;

    private final TrafficCapture capture = new TrafficCapture();

    @Test
    void oneLinePerPayloadWithEveryColumn() throws IOException {
        capture.append(TrafficEvents.tcp(3, Direction.OUT, "hi"));
        capture.append(new TrafficEvent(TrafficEvents.T0 + 1_000_000_000L, 4, SocketKind.UDP, Direction.IN, true,
                "::1", 9000, "2001:db8::1", 53, new byte[] {0, 1, (byte) 0xff}));
        assertEquals(CsvExporter.HEADER + "\r\n"
                + "1,2025-01-02T03:04:05.000000006Z,3,tcp,out,false,127.0.0.1:40000,127.0.0.1:7,2,6869,hi,,\r\n"
                + "2,2025-01-02T03:04:06.000000006Z,4,udp,in,true,[::1]:9000,[2001:db8::1]:53,3,0001ff,...,,\r\n",
                csv(capture.snapshot()));
    }

    @Test
    void fieldsWithCommasQuotesAndLineBreaksAreQuoted() throws IOException {
        capture.append(TrafficEvents.tcp(1, Direction.IN, "a,b \"c\""));
        String line = csv(capture.snapshot()).split("\r\n")[1];
        assertTrue(line.endsWith(",\"a,b \"\"c\"\"\",,"), line);
        assertEquals("\"x\ny\"", CsvExporter.quote("x\ny"));
        assertEquals("\"x\ry\"", CsvExporter.quote("x\ry"));
        assertEquals("plain", CsvExporter.quote("plain"));
        assertEquals("", CsvExporter.quote(""));
    }

    @Test
    void theFileReadsBackAsRfc4180() throws IOException {
        capture.append(TrafficEvents.tcp(1, Direction.OUT, "one, \"two\"\r\nthree"));
        capture.append(TrafficEvents.tcp(1, Direction.IN, "\u00e9t\u00e9"));
        Path file = dir.resolve("capture.csv");
        ExportFormat.CSV.write(capture.snapshot(), file);
        List<List<String>> rows = parseRfc4180(Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(3, rows.size());
        assertEquals(List.of(CsvExporter.HEADER.split(",")), rows.get(0));
        assertEquals(13, rows.get(1).size());
        assertEquals("one, \"two\"..three", rows.get(1).get(10), "preview keeps the quotes, shows CR LF as dots");
        assertEquals("\u00e9t\u00e9", rows.get(2).get(10));
        assertEquals("c3a974c3a9", rows.get(2).get(9));
    }

    @Test
    void aRelayedPayloadEndsWithItsConversationAndWay() throws IOException {
        capture.routeBy(event -> java.util.Optional.of(new FlowRoute(7, event.direction() == Direction.IN
                ? FlowRoute.Way.CLIENT_TO_SERVER : FlowRoute.Way.SERVER_TO_CLIENT)));
        capture.append(TrafficEvents.tcp(3, Direction.IN, "up"));
        capture.append(TrafficEvents.tcp(3, Direction.OUT, "down"));
        String[] lines = csv(capture.snapshot()).split("\r\n");
        assertTrue(lines[0].endsWith(",preview,conversation,route"), lines[0]);
        assertTrue(lines[1].endsWith(",up,7,client_to_server"), lines[1]);
        assertTrue(lines[2].endsWith(",down,7,server_to_client"), lines[2]);
    }

    @Test
    void aFailedExportLeavesNoFileBehind() {
        Path missingDir = dir.resolve("no-such-dir").resolve("x.csv");
        assertThrows(IOException.class, () -> ExportFormat.CSV.write(capture.snapshot(), missingDir));
        assertFalse(Files.exists(missingDir));
    }

    @Test
    void anExportReplacesTheFileAndLeavesNoPartialFile() throws IOException {
        Path file = dir.resolve("capture.csv");
        Files.writeString(file, "old");
        capture.append(TrafficEvents.tcp(1, Direction.OUT, "new"));
        ExportFormat.CSV.write(capture.snapshot(), file);
        assertTrue(Files.readString(file).contains("6e6577"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
        assertEquals("csv", ExportFormat.CSV.extension());
    }

    private static String csv(List<CapturedPayload> payloads) throws IOException {
        StringWriter out = new StringWriter();
        CsvExporter.write(payloads, out);
        return out.toString();
    }

    /** A strict RFC 4180 reader, independent of the writer. */
    private static List<List<String>> parseRfc4180(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertTrue(row.isEmpty() && field.isEmpty(), "the file ends with CRLF");
        return rows;
    }
}

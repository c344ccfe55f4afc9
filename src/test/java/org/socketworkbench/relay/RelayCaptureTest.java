package org.socketworkbench.relay;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.engine.AcceptInfo;
import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.EngineObserver;
import org.socketworkbench.engine.ReadInfo;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.TrafficEvent;
import org.socketworkbench.engine.WriteInfo;
import org.socketworkbench.testing.Eventually;
import org.socketworkbench.traffic.PcapngWriter;
import org.socketworkbench.traffic.TrafficCapture;
import org.socketworkbench.traffic.Tshark;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the traffic tap sees of a relay: each payload placed in its conversation and direction,
 * and a pcapng export in which Wireshark follows each leg as one TCP stream with both directions,
 * also when the workbench's own client and server are the relay's two ends (every byte captured
 * twice per leg: the export shows it once).
 */
class RelayCaptureTest {

    private final SocketEngine engine = SocketEngine.builder().build();
    private final TrafficCapture capture = new TrafficCapture();
    private final List<TrafficEvent> events = new CopyOnWriteArrayList<>();
    private Relay relay;

    @AfterEach
    void close() {
        if (relay != null) {
            relay.close();
        }
        engine.close();
    }

    @Test
    void bothLegsAreOneConversationWithItsDirectionsAndWiresharkFollowsThem(@TempDir Path dir) throws Exception {
        engine.addObserver(capture);
        engine.addObserver(new EngineObserver() {
            @Override
            public void traffic(TrafficEvent event) {
                events.add(event);
            }
        });
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            relay = Relay.create(engine, new RelayEndpoints(RelayProtocol.TCP, "127.0.0.1", 0, "127.0.0.1",
                    server.getLocalPort()), RelaySettings.none(), RelayListener.NONE);
            assertEquals(0, relay.start().get(10, TimeUnit.SECONDS));
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), relay.listenPort());
                 Socket peer = server.accept()) {
                client.getOutputStream().write("GET /relay".getBytes(StandardCharsets.US_ASCII));
                client.shutdownOutput();
                assertEquals("GET /relay", new String(peer.getInputStream().readAllBytes(), StandardCharsets.US_ASCII));
                OutputStream reply = peer.getOutputStream();
                reply.write("200 through the relay".getBytes(StandardCharsets.US_ASCII));
                peer.shutdownOutput();
                assertEquals("200 through the relay",
                        new String(client.getInputStream().readAllBytes(), StandardCharsets.US_ASCII));
            }
        }
        Eventually.await(Duration.ofSeconds(10), () -> events.size() == 4, events::toString);

        Map<RelayDirection, List<String>> byDirection = events.stream().collect(Collectors.groupingBy(
                event -> relay.classify(event).orElseThrow().direction(),
                Collectors.mapping(event -> new String(event.payload(), StandardCharsets.US_ASCII), Collectors.toList())));
        assertEquals(List.of("GET /relay", "GET /relay"), byDirection.get(RelayDirection.CLIENT_TO_SERVER));
        assertEquals(List.of("200 through the relay", "200 through the relay"),
                byDirection.get(RelayDirection.SERVER_TO_CLIENT));
        assertEquals(1, events.stream().map(e -> relay.classify(e).orElseThrow().conversation()).distinct().count(),
                "one conversation for both legs");

        Assumptions.assumeTrue(Tshark.isInstalled(), "tshark is not installed: the export is not read back");
        Path file = dir.resolve("relay.pcapng");
        try (OutputStream out = Files.newOutputStream(file)) {
            PcapngWriter.write(capture.snapshot(), out);
        }
        for (int stream = 0; stream < 2; stream++) {
            String followed = String.join("\n", Tshark.read(file, "-q", "-z", "follow,tcp,ascii," + stream));
            int request = followed.indexOf("GET /relay");
            int response = followed.indexOf("200 through the relay");
            assertTrue(request >= 0 && response > request, "stream " + stream + " has both directions in order:\n"
                    + followed);
        }
    }

    @Test
    void withTheWorkbenchOnBothEndsEachLegIsOneCleanStreamInTheExport(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Tshark.isInstalled(), "tshark is not installed: the export cannot be read back");
        engine.addObserver(capture);
        int server = call((Callback<org.socketworkbench.engine.CreateInfo> c) -> engine.create("tcp", null, c)).socketId();
        assertEquals(0, call((Callback<Integer> c) -> engine.listen(server, "127.0.0.1", 0, 5, c)));
        int serverPort = call((Callback<SocketInfo> c) -> engine.getInfo(server, c)).localPort();
        relay = Relay.create(engine, new RelayEndpoints(RelayProtocol.TCP, "127.0.0.1", 0, "127.0.0.1", serverPort),
                RelaySettings.none(), RelayListener.NONE);
        assertEquals(0, relay.start().get(10, TimeUnit.SECONDS));
        CompletableFuture<AcceptInfo> accepted = new CompletableFuture<>();
        engine.accept(server, accepted::complete);
        int client = call((Callback<org.socketworkbench.engine.CreateInfo> c) -> engine.create("tcp", null, c)).socketId();
        assertEquals(0, call((Callback<Integer> c) -> engine.connect(client, "127.0.0.1", relay.listenPort(), c)));
        int peer = accepted.get(10, TimeUnit.SECONDS).socketId();

        byte[] answer = new byte[300_000];
        for (int i = 0; i < answer.length; i++) {
            answer[i] = (byte) ('a' + i % 26);
        }
        int rounds = 3;
        for (int round = 0; round < rounds; round++) {
            byte[] request = ("request " + round + "\n").getBytes(StandardCharsets.US_ASCII);
            assertEquals(request.length, call((Callback<WriteInfo> c) -> engine.write(client, request, c)).bytesWritten());
            readExactly(peer, request.length);
            assertEquals(answer.length, call((Callback<WriteInfo> c) -> engine.write(peer, answer, c)).bytesWritten());
            readExactly(client, answer.length);
        }
        Path file = dir.resolve("relay-both-ends.pcapng");
        try (OutputStream out = Files.newOutputStream(file)) {
            PcapngWriter.write(capture.snapshot(), out);
        }

        List<String> conversations = Tshark.read(file, "-q", "-z", "conv,tcp").stream()
                .filter(line -> line.contains("<->")).toList();
        assertEquals(2, conversations.size(), "client↔relay and relay↔server: " + conversations);
        assertEquals(List.of(), Tshark.read(file, "-Y", "tcp.analysis.flags"),
                "no retransmission, nothing out of order, no gap: each leg is one clean stream");
        long toServer = rounds * "request 0\n".length();
        long toClient = (long) rounds * answer.length;
        for (int stream = 0; stream < 2; stream++) {
            Map<String, Long> bytesTo = Tshark.read(file, "-Y", "tcp.stream eq " + stream, "-T", "fields",
                            "-e", "tcp.dstport", "-e", "tcp.len").stream().map(line -> line.split("\t"))
                    .collect(Collectors.groupingBy(f -> f[0], Collectors.summingLong(f -> Long.parseLong(f[1]))));
            assertEquals(List.of(toClient, toServer), bytesTo.values().stream().sorted((a, b) -> Long.compare(b, a)).toList(),
                    "stream " + stream + ": every byte once per direction");
            String followed = String.join("\n", Tshark.read(file, "-q", "-z", "follow,tcp,ascii," + stream));
            assertTrue(followed.indexOf("request 0") < followed.indexOf("abcdefghij")
                            && followed.indexOf("abcdefghij") < followed.indexOf("request 1"),
                    "stream " + stream + " follows request, answer, request in order");
        }
    }

    private void readExactly(int socketId, int length) throws Exception {
        for (int read = 0; read < length; ) {
            ReadInfo info = call((Callback<ReadInfo> c) -> engine.read(socketId, 65536, c));
            assertTrue(info.resultCode() > 0, "read " + info.resultCode());
            read += info.resultCode();
        }
    }

    private static <T> T call(Consumer<Callback<T>> operation) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        operation.accept(result::complete);
        return result.get(30, TimeUnit.SECONDS);
    }
}

package org.socketworkbench.relay;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.engine.EngineObserver;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.TrafficEvent;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the traffic tap sees of a relay: each payload placed in its conversation and direction,
 * and a pcapng export in which Wireshark follows each leg as one TCP stream with both directions.
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
}

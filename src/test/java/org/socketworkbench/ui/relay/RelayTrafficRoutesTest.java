package org.socketworkbench.ui.relay;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketworkbench.engine.Direction;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.relay.RelayForm;
import org.socketworkbench.testing.Eventually;
import org.socketworkbench.traffic.CapturedPayload;
import org.socketworkbench.traffic.FlowRoute;
import org.socketworkbench.traffic.TrafficCapture;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #14 with real sockets: a relay between a loopback client and a loopback server, and a
 * capture wired as the workbench wires it ({@code capture.routeBy(relayModel::routeOf)}). The
 * client leg's IN and the server leg's OUT are client→server, the server leg's IN and the client
 * leg's OUT server→client, all in one conversation; and the routes stay after the relay stopped.
 */
class RelayTrafficRoutesTest {

    private final SocketEngine engine = SocketEngine.builder().build();
    // the model's FX hand-off runs inline here; the model is only touched from the test thread and that hand-off
    private final RelayViewModel model = new RelayViewModel(engine, Runnable::run);
    private final TrafficCapture capture = new TrafficCapture();
    private int clientPort;

    @AfterEach
    void close() {
        model.stop();
        engine.close();
    }

    @Test
    void bothLegsOfEachDirectionShareOneConversationAndWay() throws Exception {
        engine.addObserver(capture);
        capture.routeBy(model::routeOf);
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            model.set(RelayForm.TARGET_PORT, Integer.toString(server.getLocalPort()));
            assertTrue(model.start());
            Eventually.await(Duration.ofSeconds(10), () -> model.statusProperty().get().startsWith("Relaying tcp"),
                    () -> model.statusProperty().get());
            int port = Integer.parseInt(model.statusProperty().get().replaceAll(".*127\\.0\\.0\\.1:(\\d+) →.*", "$1"));
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), port); Socket peer = server.accept()) {
                client.getOutputStream().write("ping".getBytes(StandardCharsets.US_ASCII));
                assertEquals("ping", read(peer.getInputStream(), 4));
                peer.getOutputStream().write("pong!".getBytes(StandardCharsets.US_ASCII));
                assertEquals("pong!", read(client.getInputStream(), 5));
                clientPort = client.getLocalPort();
                Map<String, String> all = Map.of("client leg IN", "ping", "server leg OUT", "ping",
                        "server leg IN", "pong!", "client leg OUT", "pong!");
                Eventually.await(Duration.ofSeconds(10), () -> legs().equals(all), () -> legs().toString());
            }
            model.stop();
            for (CapturedPayload payload : capture.snapshot()) {
                boolean clientLeg = payload.flow().peerPort() == clientPort;
                boolean in = payload.direction() == Direction.IN;
                assertEquals(new FlowRoute(1, clientLeg == in
                        ? FlowRoute.Way.CLIENT_TO_SERVER : FlowRoute.Way.SERVER_TO_CLIENT), payload.flow().route(),
                        payload.toString());
            }
            Set<FlowRoute> routes = capture.snapshot().stream().map(p -> p.flow().route()).collect(Collectors.toSet());
            assertEquals(Set.of(new FlowRoute(1, FlowRoute.Way.CLIENT_TO_SERVER),
                    new FlowRoute(1, FlowRoute.Way.SERVER_TO_CLIENT)), routes, "the capture keeps them after the relay stopped");
        }
    }

    /** The bytes of each leg and direction: the client leg is the relay's socket whose peer is the client. */
    private Map<String, String> legs() {
        Map<String, String> legs = new TreeMap<>();
        for (CapturedPayload payload : capture.snapshot()) {
            String leg = (payload.flow().peerPort() == clientPort ? "client leg " : "server leg ")
                    + (payload.direction() == Direction.IN ? "IN" : "OUT");
            legs.merge(leg, new String(payload.payload(), StandardCharsets.US_ASCII), String::concat);
        }
        return legs;
    }

    private static String read(InputStream in, int count) throws Exception {
        return new String(in.readNBytes(count), StandardCharsets.US_ASCII);
    }
}

package org.socketworkbench.ui.relay;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.relay.LegTls;
import org.socketworkbench.relay.RelayForm;
import org.socketworkbench.testing.Eventually;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The relay form's model without a window: refused values keep the form and say the range;
 * start, a live edit, and the conversation line of a refusing target (-102).
 */
class RelayViewModelTest {

    private final SocketEngine engine = SocketEngine.builder().build();
    // the model's FX hand-off runs inline here; the model is only touched from the test thread and that hand-off
    private final RelayViewModel model = new RelayViewModel(engine, Runnable::run);

    @AfterEach
    void close() {
        model.stop();
        engine.close();
    }

    @Test
    void refusedValuesStayAndTheStatusSaysTheRange() {
        model.set(RelayForm.TARGET_PORT, "80");
        model.set(RelayForm.LATENCY, "70000");
        assertFalse(model.start());
        assertEquals("latency 70000 ms is out of range: 0 to 60000 ms", model.statusProperty().get());
        assertEquals("70000", model.value(RelayForm.LATENCY));
        assertFalse(model.runningProperty().get());
    }

    @Test
    void aRefusingTargetShowsAsMinus102AndImpairmentsChangeLive() throws IOException {
        int refusing;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            refusing = gone.getLocalPort();
        }
        model.set(RelayForm.TARGET_PORT, Integer.toString(refusing));
        model.set(RelayForm.SEED, "99");
        assertTrue(model.start());
        Eventually.await(Duration.ofSeconds(10), () -> model.statusProperty().get().startsWith("Relaying tcp"),
                () -> model.statusProperty().get());
        assertTrue(model.statusProperty().get().contains("seed 99"), model.statusProperty().get());
        int port = Integer.parseInt(model.statusProperty().get().replaceAll(".*127\\.0\\.0\\.1:(\\d+) →.*", "$1"));
        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), port)) {
            assertEquals(-1, client.getInputStream().read());
        }
        Eventually.await(Duration.ofSeconds(10), () -> {
            model.refresh();
            return model.conversations().size() == 1 && model.conversations().getFirst().contains("closed");
        }, model.conversations()::toString);
        assertTrue(model.conversations().getFirst().contains("-102 ERR_CONNECTION_REFUSED"),
                model.conversations().getFirst());

        model.set(RelayForm.LATENCY, "250");
        assertTrue(model.apply());
        assertTrue(model.statusProperty().get().contains("to server: latency 250 ms"), model.statusProperty().get());
        model.set(RelayForm.DROP, "-1");
        assertFalse(model.apply());
        assertEquals("drop -1 % is out of range: 0 to 100 %", model.statusProperty().get());
    }

    @Test
    void aTlsLegShowsItsProtocolCipherAlpnAndPeerFingerprintAndAPlainLegNothing() {
        assertEquals(" · target TLS TLSv1.3 TLS_AES_128_GCM_SHA256 ALPN h2 peer SHA-256 AB:CD",
                RelayViewModel.legTls("relay.leg.target", new LegTls("TLSv1.3", "TLS_AES_128_GCM_SHA256", "h2", "AB:CD")));
        assertEquals(" · client TLS TLSv1.2 TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
                RelayViewModel.legTls("relay.leg.client", new LegTls("TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", null, null)));
        assertEquals("", RelayViewModel.legTls("relay.leg.client", null));
    }

    @Test
    void theFiguresCountTheBytesAndConnectionsOfTheRunningRelay() throws IOException {
        try (ServerSocket target = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            model.set(RelayForm.TARGET_PORT, Integer.toString(target.getLocalPort()));
            assertTrue(model.start());
            Eventually.await(Duration.ofSeconds(10), () -> model.statusProperty().get().startsWith("Relaying tcp"),
                    () -> model.statusProperty().get());
            int port = Integer.parseInt(model.statusProperty().get().replaceAll(".*127\\.0\\.0\\.1:(\\d+) →.*", "$1"));
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), port); Socket peer = target.accept()) {
                client.getOutputStream().write(new byte[1000]);
                peer.getInputStream().readNBytes(1000);
                peer.getOutputStream().write(new byte[10]);
                client.getInputStream().readNBytes(10);
                Eventually.await(Duration.ofSeconds(10), () -> {
                    model.refresh();
                    return model.figuresProperty().get().equals(
                            "client→server 1000 B (0 B/s) · server→client 10 B (0 B/s) · connections 1 open, 1 in all");
                }, () -> model.figuresProperty().get());
            }
        }
        model.stop();
        assertEquals("", model.figuresProperty().get());
    }

    @Test
    void aCertificateThatCannotBeReadIsSaidAndNothingRuns() {
        model.set(RelayForm.TARGET_PORT, "443");
        model.set(RelayForm.TLS_LISTEN, "PEM files");
        model.set(RelayForm.TLS_CERTIFICATE, "/nonexistent/relay.pem");
        assertTrue(model.start());
        Eventually.await(Duration.ofSeconds(10), () -> !model.runningProperty().get(), () -> model.statusProperty().get());
        assertTrue(model.statusProperty().get().contains("/nonexistent/relay.pem"), model.statusProperty().get());
    }

    @Test
    void aSelfSignedClientLegStartsAndTheStatusSaysTls() throws IOException {
        try (ServerSocket target = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            model.set(RelayForm.TARGET_PORT, Integer.toString(target.getLocalPort()));
            model.set(RelayForm.TLS_LISTEN, "self-signed");
            assertTrue(model.start());
            Eventually.await(Duration.ofSeconds(30), () -> model.statusProperty().get().startsWith("Relaying tcp"),
                    () -> model.statusProperty().get());
            assertTrue(model.statusProperty().get().endsWith("· TLS from the client"), model.statusProperty().get());
        }
    }
}

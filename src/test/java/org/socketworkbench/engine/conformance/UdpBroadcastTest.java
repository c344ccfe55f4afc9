package org.socketworkbench.engine.conformance;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.Sync;
import org.socketworkbench.engine.WriteInfo;
import org.socketworkbench.testing.Commands;
import org.socketworkbench.testing.Eventually;
import org.socketworkbench.testing.NetworkNamespaces;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socketworkbench.engine.conformance.Outcome.assertOutcome;
import static org.socketworkbench.engine.conformance.Sockets.LOOPBACK;
import static org.socketworkbench.engine.conformance.TestData.PAYLOAD;

/**
 * The setBroadcast extension (SO_BROADCAST; chrome.sockets.udp.setBroadcast): off by default, so a
 * broadcast destination is -10 as in Chrome (contract §5.9); on, the datagram goes. On the host only
 * the loopback broadcast address is used; real broadcast runs between the engine's sockets inside a
 * network namespace this test creates, with socat in a second one receiving it too.
 */
class UdpBroadcastTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final int ENGINE_PORT = 47101;
    private static final int SOCAT_PORT = 47102;
    private static final String SUBNET_BROADCAST = "10.213.0.255";

    @AutoClose
    private final EngineFixture fx = new EngineFixture();

    @TempDir
    Path dir;

    private Sync.Result<Integer> setBroadcast(int id, boolean enabled) {
        return fx.calls().call((Callback<Integer> cb) -> fx.engine().setBroadcast(id, enabled, cb));
    }

    @Test
    void broadcastIsOffUntilSetAndCanBeTurnedOffAgain() {
        int udp = fx.sockets().boundUdp(LOOPBACK).id();
        assertOutcome(fx.calls().sendTo(udp, PAYLOAD, "127.255.255.255", 9), new WriteInfo(-10), null);
        assertOutcome(setBroadcast(udp, true), 0, null);
        assertOutcome(fx.calls().sendTo(udp, PAYLOAD, "127.255.255.255", 9), new WriteInfo(PAYLOAD.length), null);
        assertOutcome(setBroadcast(udp, false), 0, null);
        assertOutcome(fx.calls().sendTo(udp, PAYLOAD, "127.255.255.255", 9), new WriteInfo(-10), null);
    }

    @Test
    void setBeforeBindItAppliesWhenTheSocketOpens() {
        int udp = fx.sockets().freshUdp();
        assertOutcome(setBroadcast(udp, true), 0, null);
        assertOutcome(fx.calls().bind(udp, LOOPBACK, 0), 0, null);
        assertOutcome(fx.calls().sendTo(udp, PAYLOAD, "127.255.255.255", 9), new WriteInfo(PAYLOAD.length), null);
    }

    @Test
    void tcpSocketsHaveNoBroadcast() {
        int tcp = fx.sockets().freshTcp();
        assertEquals(-1, setBroadcast(tcp, true).value());
    }

    /**
     * Host 1 runs a script through the headless {@code run} command (the JVM inside the
     * namespace): a sender and a receiver socket, the send before setBroadcast refused, after it
     * one datagram to the receiver's port and one to socat's on host 2, both by the subnet's
     * broadcast address.
     */
    @Test
    void aBroadcastReachesTheEnginesOtherSocketAndSocatInsideNamespaces() throws Exception {
        Optional<String> unavailable = NetworkNamespaces.whyUnavailable();
        Assumptions.assumeTrue(unavailable.isEmpty(), () -> "broadcast namespace test skipped: " + unavailable.orElse(""));
        Assumptions.assumeTrue(Commands.installed("socat"), "socat is not installed (Debian package socat)");
        try (NetworkNamespaces lab = NetworkNamespaces.bridged(2)) {
            NetworkNamespaces.Host sender = lab.hosts().get(0);
            NetworkNamespaces.Host listener = lab.hosts().get(1);
            Path socatOut = dir.resolve("socat.out");
            Process socat = lab.start(listener, List.of("socat", "-d", "-d", "-u", "UDP4-RECV:" + SOCAT_PORT, "STDOUT"),
                    socatOut);
            try {
                Eventually.await(LIMIT, () -> read(socatOut).contains("starting data transfer loop"), () -> read(socatOut));
                Path scriptOut = dir.resolve("script.out");
                Process script = lab.start(sender, runScript(writeScript()), scriptOut);
                try {
                    assertTrue(Commands.waitFor(script, LIMIT), "the script did not end within " + LIMIT.toSeconds() + " s");
                } finally {
                    script.destroyForcibly();
                }
                String output = read(scriptOut);
                assertEquals(0, script.exitValue(), output);
                assertTrue(output.contains("before -10"), output);
                assertTrue(output.contains("setBroadcast 0"), output);
                assertTrue(output.contains("to socat 7"), output);
                assertTrue(output.contains("after 7"), output);
                assertTrue(output.contains("received wake up from " + sender.address()), output);
                Eventually.await(LIMIT, () -> read(socatOut).contains("wake up"), () -> read(socatOut));
            } finally {
                socat.destroyForcibly();
                Commands.waitFor(socat, LIMIT);
            }
        }
    }

    private Path writeScript() throws IOException {
        return Files.writeString(dir.resolve("broadcast.js"), """
                var udp = chrome.sockets.udp;
                var data = new TextEncoder().encode('wake up').buffer;
                var receiver, sender;
                udp.onReceive.addListener(function (info) {
                  if (info.socketId !== receiver) { return; }
                  console.log('received ' + new TextDecoder().decode(info.data) + ' from ' + info.remoteAddress);
                  udp.close(receiver);
                  udp.close(sender);
                });
                udp.create({}, function (r) {
                  receiver = r.socketId;
                  udp.bind(receiver, '0.0.0.0', ENGINE_PORT, function () {
                    udp.create({}, function (s) {
                      sender = s.socketId;
                      udp.bind(sender, '0.0.0.0', 0, function () {
                        udp.send(sender, data, 'BROADCAST', ENGINE_PORT, function (before) {
                          console.log('before ' + before.resultCode);
                          udp.setBroadcast(sender, true, function (set) {
                            console.log('setBroadcast ' + set);
                            udp.send(sender, data, 'BROADCAST', SOCAT_PORT, function (toSocat) {
                              console.log('to socat ' + toSocat.bytesSent);
                              udp.send(sender, data, 'BROADCAST', ENGINE_PORT, function (after) {
                                console.log('after ' + after.bytesSent);
                              });
                            });
                          });
                        });
                      });
                    });
                  });
                });
                """.replace("ENGINE_PORT", String.valueOf(ENGINE_PORT)).replace("SOCAT_PORT", String.valueOf(SOCAT_PORT))
                .replace("BROADCAST", SUBNET_BROADCAST));
    }

    private static List<String> runScript(Path script) {
        String java = ProcessHandle.current().info().command().orElseThrow();
        return List.of(java, "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "org.socketworkbench.app.Main", "run", script.toString(),
                "--timeout", "40");
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "unreadable: " + e;
        }
    }
}

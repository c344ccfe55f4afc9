package org.socketworkbench.workspace;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.certificates.SelfSignedCertificates;
import org.socketworkbench.certificates.ServerTlsRequest;
import org.socketworkbench.engine.Direction;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.TlsServerOptions;
import org.socketworkbench.multicast.Channel;
import org.socketworkbench.multicast.GroupAddress;
import org.socketworkbench.multicast.GroupSettings;
import org.socketworkbench.multicast.MulticastWorkspace;
import org.socketworkbench.multicast.ProbeRate;
import org.socketworkbench.multicast.SenderSettings;
import org.socketworkbench.relay.Impairments;
import org.socketworkbench.relay.RelayProtocol;
import org.socketworkbench.replies.AutoReplier;
import org.socketworkbench.replies.Framing;
import org.socketworkbench.replies.MatchType;
import org.socketworkbench.replies.ReplyAttachments;
import org.socketworkbench.replies.ReplyRule;
import org.socketworkbench.replies.RuleSet;
import org.socketworkbench.sockets.OperationOutcome;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.sockets.SocketTracker;
import org.socketworkbench.sockets.UdpSetup;
import org.socketworkbench.traffic.FilterInput;
import org.socketworkbench.traffic.PayloadFormat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A workspace captured from a running bench on 127.0.0.1 (real sockets, a relay, a multicast
 * group on lo) opens again into the same parts; a part whose port is taken is reported with
 * Chrome's error and the rest opens; a newer file is refused; unknown keys survive.
 */
class WorkspaceRoundTripTest {

    private static final long WAIT_SECONDS = 20;
    private static final RuleSet ECHO_RULES = RuleSet.rules(Framing.PER_READ,
            List.of(ReplyRule.of(MatchType.CONTAINS, "ping", "pong")));

    @TempDir
    Path dir;

    private final List<TestBench> benches = new ArrayList<>();

    @AfterEach
    void close() {
        benches.forEach(TestBench::close);
    }

    @Test
    void aSavedBenchReopensIntoTheSameServersRulesRelaysUdpSocketsAndGroups() throws Exception {
        TestBench first = bench();
        first.buildEverything();
        Workspace saved = WorkspaceCapture.capture(first.bench);
        assertEquals(2, saved.servers().size(), saved.toString());
        assertEquals(1, saved.clients().size(), saved.toString());
        assertEquals(1, saved.udpSockets().size(), saved.toString());
        assertEquals(1, saved.relays().size(), saved.toString());
        assertEquals(1, saved.multicast().size(), saved.toString());
        assertEquals(ECHO_RULES, saved.servers().getFirst().replyRules());
        assertEquals(List.of("239.255.42.21"), saved.udpSockets().getFirst().groups());
        assertEquals(List.of("lo"), saved.multicast().getFirst().joinedOn());

        Path file = dir.resolve("bench.json");
        WorkspaceFile.write(file, saved);
        Workspace read = WorkspaceFile.read(file);
        assertEquals(saved, read, "the file holds the whole bench");
        first.close();

        TestBench second = bench();
        RestoreReport report = WorkspaceRestore.restore(second.bench, read).get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(List.of(), report.failures(), report.text());
        Workspace reopened = WorkspaceCapture.capture(second.bench);
        assertEquals(saved, reopened, "the same servers (on their ports), rules, client, UDP socket, relay and group");
        assertEquals(new FilterInput("1-9", Direction.IN, "127.0.0.1", "ping", PayloadFormat.TEXT), second.filter.input);
    }

    @Test
    void aServerWhosePortIsTakenIsReportedAndEverythingElseOpens() throws Exception {
        TestBench first = bench();
        first.buildEverything();
        Workspace saved = WorkspaceCapture.capture(first.bench);
        first.close();
        int taken = saved.servers().getFirst().port();

        try (ServerSocket holder = new ServerSocket(taken, 5, InetAddress.getLoopbackAddress())) {
            TestBench second = bench();
            RestoreReport report = WorkspaceRestore.restore(second.bench, saved).get(WAIT_SECONDS, TimeUnit.SECONDS);
            List<PartOutcome> failed = report.failures();
            assertEquals(1, failed.size(), report.text());
            PartOutcome server = failed.getFirst();
            assertEquals(PartKind.TCP_SERVER, server.kind());
            assertEquals("127.0.0.1:" + taken, server.where());
            assertEquals("net::ERR_ADDRESS_IN_USE", server.chromeError());
            assertEquals(-147, server.code());
            assertTrue(server.describe().contains("net::ERR_ADDRESS_IN_USE"), server.describe());

            Workspace reopened = WorkspaceCapture.capture(second.bench);
            assertEquals(saved.servers().subList(1, 2), reopened.servers(), "the TLS server opened, the taken one did not");
            assertEquals(saved.udpSockets(), reopened.udpSockets());
            assertEquals(saved.relays(), reopened.relays());
            assertEquals(saved.multicast(), reopened.multicast());
            assertTrue(second.tracker.rows().stream().noneMatch(r -> r.local().endsWith(":" + taken)),
                    "the socket that could not listen is gone: " + second.tracker.rows());
        }
    }

    @Test
    void aWorkspaceFromANewerVersionIsRefusedAndNothingIsTouched() throws Exception {
        Path file = dir.resolve("newer.json");
        String text = "{\"version\": 99, \"format\": \"socket-workbench-workspace\", \"servers\": ["
                + "{\"address\": \"127.0.0.1\", \"port\": 0, \"autoAccept\": true}]}\n";
        Files.writeString(file, text);
        WorkspaceFile.WorkspaceFileException refused = assertThrows(WorkspaceFile.WorkspaceFileException.class,
                () -> WorkspaceFile.read(file));
        assertTrue(refused.getMessage().contains("newer Socket Workbench (workspace version 99; this one opens up to version "
                + WorkspaceFile.version() + ")"), refused.getMessage());
        assertEquals(text, Files.readString(file), "the file is left as it was");
    }

    @Test
    void aFileThatIsNoWorkspaceIsRefusedWithTheReason() throws Exception {
        Path file = Files.writeString(dir.resolve("presets.json"),
                "{\"version\": 1, \"format\": \"socket-workbench-presets\", \"presets\": []}\n");
        WorkspaceFile.WorkspaceFileException refused = assertThrows(WorkspaceFile.WorkspaceFileException.class,
                () -> WorkspaceFile.read(file));
        assertTrue(refused.getMessage().contains("\"format\": \"socket-workbench-workspace\""), refused.getMessage());
    }

    @Test
    void unknownKeysSurviveARoundTripAtEveryLevel() throws Exception {
        Path file = dir.resolve("future.json");
        Files.writeString(file, """
                {"version": 1, "format": "socket-workbench-workspace", "notes": "from the lab",
                 "servers": [{"address": "127.0.0.1", "port": 7001, "autoAccept": true, "colour": "green",
                              "tls": {"source": "SELF_SIGNED", "names": ["localhost"], "pinned": 3}}],
                 "multicast": [{"group": "239.1.2.3:5000", "ttl": 0, "loopback": true, "label": "video",
                                "sender": {"iface": "lo", "ratePerSecond": "0.5", "size": 100, "ttl": 0, "burst": [1, 2]}}],
                 "filter": {"sockets": "", "peer": "", "content": "", "contentFormat": "HEX", "regex": false}}
                """);
        Workspace read = WorkspaceFile.read(file);
        assertEquals(Map.of("notes", "from the lab"), read.unknownKeys());
        assertEquals(new ProbeRate(500), read.multicast().getFirst().sender().settings().rate());
        Path again = dir.resolve("again.json");
        WorkspaceFile.write(again, read);
        String written = Files.readString(again);
        for (String kept : List.of("\"notes\": \"from the lab\"", "\"colour\": \"green\"", "\"pinned\": 3",
                "\"label\": \"video\"", "\"burst\": [", "\"regex\": false")) {
            assertTrue(written.contains(kept), kept + " in\n" + written);
        }
        assertEquals(read, WorkspaceFile.read(again));
    }

    private TestBench bench() {
        TestBench bench = new TestBench(new SelfSignedCertificates(dir.resolve("certificates")));
        benches.add(bench);
        return bench;
    }

    /** One engine with everything the window would hold, without the window. */
    private static final class TestBench implements AutoCloseable {
        final SocketEngine engine = SocketEngine.builder().build();
        final SocketTracker tracker = new SocketTracker();
        final SocketActions actions;
        final ReplyAttachments replies;
        final MulticastWorkspace multicast;
        final DirectRelays relays;
        final HeldFilter filter = new HeldFilter();
        final Bench bench;
        private boolean closed;

        TestBench(SelfSignedCertificates selfSigned) {
            engine.addObserver(tracker);
            actions = new SocketActions(engine, tracker::record, Runnable::run);
            replies = new ReplyAttachments(actions, new AutoReplier.Listener() { });
            multicast = new MulticastWorkspace(engine, "workspace-test");
            relays = new DirectRelays(engine, selfSigned);
            bench = new Bench(actions, tracker, replies, multicast, relays, filter, selfSigned);
        }

        /** A plain server answering with rules, a TLS server, a client, a UDP socket in a group, a relay, a probe group. */
        void buildEverything() throws Exception {
            OperationOutcome server = opened(done -> actions.openServer(
                    new SocketActions.ServerSetup("127.0.0.1", 0, 16, true, null), null, done));
            replies.attach(server.socketId(), ECHO_RULES);
            int serverPort = port(server.socketId());
            ServerTlsRequest tls = new ServerTlsRequest(ServerTlsRequest.Source.SELF_SIGNED, List.of("localhost"), null,
                    null, new char[0], TlsServerOptions.ClientAuth.NONE, null);
            TlsServerOptions options = tls.load(bench.selfSigned()).options();
            opened(done -> actions.openServer(new SocketActions.ServerSetup("127.0.0.1", 0, null, true, tls), options, done));
            opened(done -> actions.openTcpClient("127.0.0.1", serverPort, done));
            opened(done -> actions.openUdp(new UdpSetup("0.0.0.0", 0, 0, true, "lo"), List.of("239.255.42.21"), done));
            Impairments slow = Impairments.builder().latency(5, 1).drop(0).build();
            RelayPart relay = new RelayPart(RelayProtocol.TCP, "127.0.0.1", 0, "127.0.0.1", serverPort, "", 1, slow,
                    Impairments.NONE, 42, null, false, List.of(), Map.of());
            assertEquals(0, relays.open(relay).get(WAIT_SECONDS, TimeUnit.SECONDS));
            GroupAddress group = GroupAddress.parse("239.255.42.22:45122");
            multicast.addGroup(new GroupSettings(group, 0, true));
            multicast.join(new Channel(group, "lo")).get(WAIT_SECONDS, TimeUnit.SECONDS);
            multicast.startSender(group, new SenderSettings("lo", new ProbeRate(10_000), 100, 0))
                    .get(WAIT_SECONDS, TimeUnit.SECONDS);
            filter.apply(new FilterInput("1-9", Direction.IN, "127.0.0.1", "ping", PayloadFormat.TEXT));
            org.socketworkbench.testing.Eventually.await(java.time.Duration.ofSeconds(WAIT_SECONDS),
                    () -> tracker.rows().stream().anyMatch(r -> r.role() == org.socketworkbench.sockets.SocketRole.TCP_CLIENT
                            && r.status() == org.socketworkbench.sockets.SocketStatus.CONNECTED), () -> tracker.rows().toString());
        }

        private int port(int socketId) {
            String local = tracker.row(socketId).local();
            return Integer.parseInt(local.substring(local.lastIndexOf(':') + 1));
        }

        private static OperationOutcome opened(java.util.function.Consumer<java.util.function.Consumer<OperationOutcome>> open)
                throws Exception {
            CompletableFuture<OperationOutcome> outcome = new CompletableFuture<>();
            open.accept(outcome::complete);
            OperationOutcome done = outcome.get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertTrue(done.succeeded(), done.describe());
            return done;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                relays.close();
                multicast.close();
                engine.close();
            }
        }
    }

    /** The traffic filter, held as the traffic view holds it. */
    private static final class HeldFilter implements FilterHost {
        volatile FilterInput input = FilterInput.NONE;

        @Override
        public FilterInput current() {
            return input;
        }

        @Override
        public void apply(FilterInput value) {
            value.toFilter();
            input = value;
        }
    }
}

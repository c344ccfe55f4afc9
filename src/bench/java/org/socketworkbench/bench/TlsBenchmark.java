package org.socketworkbench.bench;

import org.socketworkbench.certificates.SelfSignedCertificates;
import org.socketworkbench.certificates.ServerIdentity;
import org.socketworkbench.certificates.ServerTlsSetup;
import org.socketworkbench.engine.AcceptInfo;
import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.TlsClientOptions;
import org.socketworkbench.engine.TlsInfo;
import org.socketworkbench.engine.TlsServerOptions.ClientAuth;
import org.socketworkbench.engine.WriteInfo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TLS benchmark of issue 12, run with {@code mvn -Pbench verify -Dbench=tls}:
 * <ul>
 *   <li>bulk: the engine's client secure()d to the engine's TLS server (setServerTls), 64 KiB
 *       chunks written 4 deep, read with 64 KiB reads, TLS 1.3 with AES-128-GCM; next to socat's
 *       OPENSSL / OPENSSL-LISTEN pair (-b 65536) moving the same bytes with the same certificate,
 *       suite and protocol in the same run. socat's time includes starting the client process;
 *       the engine's starts after its handshake;</li>
 *   <li>handshakes: full TLS 1.3 handshakes per second, one at a time, from the engine's secure()
 *       and from {@code openssl s_time -new}, both against the same socat OPENSSL-LISTEN,fork server.</li>
 * </ul>
 * The suite is forced with JSSE's jdk.tls.*.cipherSuites and OpenSSL's config (OPENSSL_CONF), which
 * also makes socat issue no session tickets, so every handshake is a full one (checked).
 */
public final class TlsBenchmark {

    private static final int CHUNK = 64 * 1024;
    private static final int WRITES_IN_FLIGHT = 4;
    private static final long BULK_BYTES = 512L << 20;
    private static final int ROUNDS = 3;
    private static final long HANDSHAKE_SECONDS = 5;
    private static final String SUITE = "TLS_AES_128_GCM_SHA256";

    private TlsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("jdk.tls.client.cipherSuites", SUITE);
        System.setProperty("jdk.tls.server.cipherSuites", SUITE);
        System.setProperty("jdk.tls.client.protocols", "TLSv1.3");
        Path dir = Files.createTempDirectory("swb-tls-bench");
        try {
            run(dir);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static void run(Path dir) throws Exception {
        System.out.printf("TLS benchmark: %d cores, %s, java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), Runtime.version());
        ServerIdentity identity = SelfSignedCertificates.generate(List.of("localhost", "127.0.0.1"));
        Path pem = dir.resolve("server.pem");
        Files.writeString(pem, pemOf(identity));
        Path opensslConf = Files.writeString(dir.resolve("openssl.cnf"), """
                openssl_conf = conf
                [conf]
                ssl_conf = ssl
                [ssl]
                system_default = tls
                [tls]
                MinProtocol = TLSv1.3
                Ciphersuites = %s
                NumTickets = 0
                """.formatted(SUITE));
        String pin = identity.fingerprint();

        List<BenchResult> results = new ArrayList<>();
        double[] ours = new double[ROUNDS];
        double[] socat = new double[ROUNDS];
        engineBulk(identity, pin, BULK_BYTES / 4);
        socatBulk(pem, opensslConf, BULK_BYTES / 4);
        for (int round = 0; round < ROUNDS; round++) {
            socat[round] = socatBulk(pem, opensslConf, BULK_BYTES);
            ours[round] = engineBulk(identity, pin, BULK_BYTES);
        }
        results.add(new BenchResult("TLS 1.3 AES-128-GCM bulk, 64 KiB reads (median of " + ROUNDS + ")", "MiB/s",
                median(ours), median(socat), true, 0));
        System.out.println(BenchResult.header("engine", "socat"));
        System.out.println(results.getLast().format());
        results.add(handshakes(pem, opensslConf, pin));
        System.out.println(results.getLast().format());
        System.out.println();
        System.out.println(BenchResult.header("engine", "socat / s_time"));
        results.forEach(r -> System.out.println(r.format()));
    }

    // ------------------------------------------------------------------ bulk

    private static double engineBulk(ServerIdentity identity, String pin, long bytes) throws Exception {
        try (SocketEngine receiver = SocketEngine.builder().build(); SocketEngine sender = SocketEngine.builder().build()) {
            int serverId = Loopback.create(receiver, "tcp");
            Loopback.await((Callback<Integer> cb) -> receiver.setServerTls(serverId,
                    uncheckedOptions(identity), cb));
            Loopback.await((Callback<Integer> cb) -> receiver.listen(serverId, "127.0.0.1", 0, null, cb));
            int port = Loopback.<org.socketworkbench.engine.SocketInfo>await(cb -> receiver.getInfo(serverId, cb)).localPort();
            CompletableFuture<Long> read = new CompletableFuture<>();
            receiver.accept(serverId, (AcceptInfo info) -> readLoop(receiver, info.socketId(), bytes, new AtomicLong(), read));
            int client = Loopback.create(sender, "tcp");
            Loopback.await((Callback<Integer> cb) -> sender.connect(client, "localhost", port, cb));
            int secured = Loopback.await((Callback<Integer> cb) -> sender.secure(client, null,
                    TlsClientOptions.pinned(Set.of(pin)), cb));
            if (secured != 0) {
                throw new IllegalStateException("secure " + secured);
            }
            TlsInfo info = Loopback.await((Callback<TlsInfo> cb) -> sender.getTlsInfo(client, cb));
            if (!info.cipherSuite().equals(SUITE) || !info.protocol().equals("TLSv1.3")) {
                throw new IllegalStateException("negotiated " + info.protocol() + " " + info.cipherSuite());
            }
            long start = System.nanoTime();
            AtomicLong queued = new AtomicLong();
            byte[] chunk = new byte[CHUNK];
            @SuppressWarnings("unchecked")
            Callback<WriteInfo>[] next = new Callback[1];
            next[0] = written -> {
                if (written.bytesWritten() > 0 && queued.addAndGet(CHUNK) <= bytes) {
                    sender.write(client, chunk, next[0]);
                }
            };
            for (int i = 0; i < WRITES_IN_FLIGHT; i++) {
                queued.addAndGet(CHUNK);
                sender.write(client, chunk, next[0]);
            }
            read.get(5, TimeUnit.MINUTES);
            return mibPerSecond(bytes, System.nanoTime() - start);
        }
    }

    private static org.socketworkbench.engine.TlsServerOptions uncheckedOptions(ServerIdentity identity) {
        try {
            return ServerTlsSetup.options(identity, ClientAuth.NONE, null, List.of());
        } catch (org.socketworkbench.certificates.CertificateProblem e) {
            throw new IllegalStateException(e);
        }
    }

    private static void readLoop(SocketEngine engine, int id, long bytes, AtomicLong total, CompletableFuture<Long> done) {
        engine.read(id, CHUNK, info -> {
            if (info.resultCode() <= 0) {
                done.completeExceptionally(new IllegalStateException("read " + info.resultCode()));
            } else if (total.addAndGet(info.resultCode()) >= bytes) {
                done.complete(total.get());
            } else {
                readLoop(engine, id, bytes, total, done);
            }
        });
    }

    /** socat OPENSSL-LISTEN → /dev/null, fed by socat reading {@code bytes} of /dev/zero into OPENSSL. */
    private static double socatBulk(Path pem, Path conf, long bytes) throws Exception {
        int port = freePort();
        Process server = socat(conf, List.of("socat", "-d", "-d", "-u", "-b", "65536",
                "OPENSSL-LISTEN:" + port + ",bind=127.0.0.1,reuseaddr,cert=" + pem + ",verify=0", "OPEN:/dev/null"));
        try {
            awaitListening(server);
            long start = System.nanoTime();
            Process client = socat(conf, List.of("socat", "-u", "-b", "65536", "OPEN:/dev/zero,readbytes=" + bytes,
                    "OPENSSL:127.0.0.1:" + port + ",verify=0"));
            if (!client.waitFor(5, TimeUnit.MINUTES) || client.exitValue() != 0) {
                throw new IllegalStateException("socat client failed");
            }
            if (!server.waitFor(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("socat server did not finish");
            }
            return mibPerSecond(bytes, System.nanoTime() - start);
        } finally {
            server.destroyForcibly().waitFor();
        }
    }

    // ------------------------------------------------------------------ handshakes

    /** s_time's wall-clock line (its first line divides by user CPU time, not by elapsed time). */
    private static final Pattern S_TIME = Pattern.compile("(\\d+) connections in (\\d+) real seconds");

    private static BenchResult handshakes(Path pem, Path conf, String pin) throws Exception {
        int port = freePort();
        Process server = socat(conf, List.of("socat", "-d", "-d", "-u",
                "OPENSSL-LISTEN:" + port + ",bind=127.0.0.1,reuseaddr,fork,cert=" + pem + ",verify=0", "OPEN:/dev/null"));
        try {
            awaitListening(server);
            double ours = engineHandshakes(port, pin);
            double baseline = sTimeHandshakes(conf, port);
            return new BenchResult("TLS 1.3 full handshakes, one at a time, vs socat", "/s", ours, baseline, true, 0);
        } finally {
            server.destroyForcibly().waitFor();
        }
    }

    private static double engineHandshakes(int port, String pin) {
        try (SocketEngine engine = SocketEngine.builder().build()) {
            TlsClientOptions pinned = TlsClientOptions.pinned(Set.of(pin));
            for (int warm = 0; warm < 300; warm++) {
                handshake(engine, port, pinned);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(HANDSHAKE_SECONDS);
            long start = System.nanoTime();
            int count = 0;
            while (System.nanoTime() < deadline) {
                if (handshake(engine, port, pinned).resumed()) {
                    throw new IllegalStateException("a session was resumed: not a full handshake");
                }
                count++;
            }
            return count / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static TlsInfo handshake(SocketEngine engine, int port, TlsClientOptions pinned) {
        int id = Loopback.create(engine, "tcp");
        Loopback.await((Callback<Integer> cb) -> engine.connect(id, "localhost", port, cb));
        int result = Loopback.await((Callback<Integer> cb) -> engine.secure(id, null, pinned, cb));
        if (result != 0) {
            throw new IllegalStateException("secure " + result);
        }
        TlsInfo info = Loopback.await((Callback<TlsInfo> cb) -> engine.getTlsInfo(id, cb));
        engine.destroy(id);
        return info;
    }

    /** openssl s_time -new: full handshakes, one at a time, in one process. */
    private static double sTimeHandshakes(Path conf, int port) throws Exception {
        Process process = socat(conf, List.of("openssl", "s_time", "-connect", "127.0.0.1:" + port, "-new",
                "-time", String.valueOf(HANDSHAKE_SECONDS)));
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(1, TimeUnit.MINUTES);
        Matcher matcher = S_TIME.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("s_time said: " + output);
        }
        return Integer.parseInt(matcher.group(1)) / Double.parseDouble(matcher.group(2));
    }

    // ------------------------------------------------------------------ helpers

    private static Process socat(Path conf, List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("OPENSSL_CONF", conf.toString());
        return builder.start();
    }

    private static void awaitListening(Process server) throws Exception {
        CompletableFuture<Void> listening = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.contains("listening on")) {
                        listening.complete(null);
                    }
                }
            } catch (IOException e) {
                listening.completeExceptionally(e);
            }
            listening.completeExceptionally(new IOException("socat ended before listening"));
        });
        listening.get(30, TimeUnit.SECONDS);
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    private static String pemOf(ServerIdentity identity) throws IOException {
        java.io.StringWriter out = new java.io.StringWriter();
        try (var writer = new org.bouncycastle.openssl.jcajce.JcaPEMWriter(out)) {
            for (var certificate : identity.chain()) {
                writer.writeObject(certificate);
            }
            writer.writeObject(new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(identity.key(), null));
        }
        return out.toString();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double mibPerSecond(long bytes, long nanos) {
        return bytes / (1024.0 * 1024.0) / (nanos / 1e9);
    }
}

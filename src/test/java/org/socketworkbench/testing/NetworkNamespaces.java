package org.socketworkbench.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A private network of Linux network namespaces for tests: {@code n} hosts, each in its own
 * namespace with one veth adapter, all plugged into a bridge that lives in a further namespace.
 * Nothing is created in the machine's own namespace, so no packet can leave the machine. Names
 * are unique per run ({@code swb-<random>-h1}, ...). {@link #close()} deletes every namespace,
 * which also removes their adapters and the bridge; use it in try-with-resources so it runs on
 * failure too.
 *
 * <p>Topology: bridge {@code br0} (multicast snooping off, so multicast floods to every port)
 * in {@code swb-<id>-br}; host {@code i} has adapter {@value #HOST_IFACE} with address
 * {@code 10.213.0.i/24}, multicast on, and a route for 224.0.0.0/4 through it.
 */
public final class NetworkNamespaces implements AutoCloseable {

    /** The adapter name inside every host namespace. */
    public static final String HOST_IFACE = "swb0";
    private static final String SUBNET = "10.213.0.";
    private static final Duration IP_TIMEOUT = Duration.ofSeconds(20);

    /**
     * One host of the lab.
     *
     * @param name      a short name, {@code host1} ...
     * @param namespace its network namespace
     * @param iface     its adapter, {@value #HOST_IFACE}
     * @param address   its IPv4 address
     */
    public record Host(String name, String namespace, String iface, String address) {
    }

    private final String id;
    private final List<String> namespaces = new ArrayList<>();
    private final List<Host> hosts = new ArrayList<>();

    private NetworkNamespaces(String id) {
        this.id = id;
    }

    /**
     * Why namespaces cannot be created here, or empty when they can: needs Linux, the {@code ip}
     * command (iproute2) and root (CI runs as root). Tries to create and delete one namespace,
     * so a container without CAP_SYS_ADMIN is caught too.
     */
    public static Optional<String> whyUnavailable() {
        if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            return Optional.of("network namespaces exist only on Linux");
        }
        if (!Commands.installed("ip")) {
            return Optional.of("the 'ip' command (iproute2) is not installed");
        }
        try {
            String uid = Commands.check(List.of("id", "-u"), IP_TIMEOUT).strip();
            if (!uid.equals("0")) {
                return Optional.of("creating network namespaces needs root; this runs as uid " + uid);
            }
            String trial = "swb-" + randomId() + "-try";
            Commands.Result added = Commands.run(List.of("ip", "netns", "add", trial), IP_TIMEOUT);
            if (!added.ok()) {
                return Optional.of("'ip netns add' failed: " + added.output().strip());
            }
            Commands.check(List.of("ip", "netns", "del", trial), IP_TIMEOUT);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("could not check: " + e.getMessage());
        }
    }

    /** Creates {@code count} hosts on one bridge. Tears down what it made if a step fails. */
    public static NetworkNamespaces bridged(int count) throws IOException {
        NetworkNamespaces lab = new NetworkNamespaces(randomId());
        try {
            lab.build(count);
            return lab;
        } catch (IOException | RuntimeException e) {
            lab.close();
            throw e;
        }
    }

    /**
     * One host whose namespace holds a veth pair {@code va}–{@code vb}, both up, with IPv6
     * duplicate address detection off so their link-local addresses work at once. It carries
     * IPv6 multicast end to end, which the machine's {@code lo} does not. The host's adapter is
     * {@code va}; it has no IPv4 address.
     */
    public static NetworkNamespaces vethPair() throws IOException {
        NetworkNamespaces lab = new NetworkNamespaces(randomId());
        try {
            String ns = lab.addNamespace("v6");
            Commands.check(List.of("ip", "netns", "exec", ns, "sysctl", "-q", "-w", "net.ipv6.conf.all.accept_dad=0",
                    "net.ipv6.conf.default.accept_dad=0"), IP_TIMEOUT);
            ip(ns, "link", "set", "lo", "up");
            ip(ns, "link", "add", "va", "type", "veth", "peer", "name", "vb");
            ip(ns, "link", "set", "va", "up");
            ip(ns, "link", "set", "vb", "up");
            lab.hosts.add(new Host("v6host", ns, "va", ""));
            return lab;
        } catch (IOException | RuntimeException e) {
            lab.close();
            throw e;
        }
    }

    private void build(int count) throws IOException {
        String bridgeNs = addNamespace("br");
        ip(bridgeNs, "link", "add", "br0", "type", "bridge", "mcast_snooping", "0");
        ip(bridgeNs, "link", "set", "br0", "up");
        for (int i = 1; i <= count; i++) {
            String ns = addNamespace("h" + i);
            String port = "p" + i;
            ip(bridgeNs, "link", "add", port, "type", "veth", "peer", "name", HOST_IFACE, "netns", ns);
            ip(bridgeNs, "link", "set", port, "master", "br0");
            ip(bridgeNs, "link", "set", port, "up");
            String address = SUBNET + i;
            ip(ns, "link", "set", "lo", "up");
            ip(ns, "addr", "add", address + "/24", "dev", HOST_IFACE);
            ip(ns, "link", "set", HOST_IFACE, "up", "multicast", "on");
            ip(ns, "route", "add", "224.0.0.0/4", "dev", HOST_IFACE);
            hosts.add(new Host("host" + i, ns, HOST_IFACE, address));
        }
    }

    private String addNamespace(String suffix) throws IOException {
        String name = "swb-" + id + "-" + suffix;
        Commands.check(List.of("ip", "netns", "add", name), IP_TIMEOUT);
        namespaces.add(name);
        return name;
    }

    private static void ip(String namespace, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("ip", "-n", namespace));
        command.addAll(List.of(args));
        Commands.check(command, IP_TIMEOUT);
    }

    public List<Host> hosts() {
        return List.copyOf(hosts);
    }

    /** Starts a command inside a host's namespace, its stdout and stderr going to {@code output}. */
    public Process start(Host host, List<String> command, Path output) throws IOException {
        List<String> wrapped = new ArrayList<>(List.of("ip", "netns", "exec", host.namespace()));
        wrapped.addAll(command);
        return new ProcessBuilder(wrapped).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    /** Deletes every namespace of the lab (their adapters and the bridge go with them). */
    @Override
    public void close() throws IOException {
        List<String> failures = new ArrayList<>();
        for (String namespace : namespaces.reversed()) {
            Commands.Result result = Commands.run(List.of("ip", "netns", "del", namespace), IP_TIMEOUT);
            if (!result.ok()) {
                failures.add(namespace + ": " + result.output().strip());
            }
        }
        namespaces.clear();
        if (!failures.isEmpty()) {
            throw new IOException("could not delete network namespaces: " + String.join("; ", failures));
        }
    }

    private static String randomId() {
        byte[] bytes = new byte[3];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}

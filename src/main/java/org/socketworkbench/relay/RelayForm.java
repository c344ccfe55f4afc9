package org.socketworkbench.relay;

import org.socketworkbench.i18n.Texts;

import org.socketworkbench.certificates.ServerTlsRequest;
import org.socketworkbench.engine.TlsClientOptions;
import org.socketworkbench.engine.TlsServerOptions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The relay form's values as the user typed them, turned into endpoints and settings, or into
 * the list of what is wrong (each with its allowed range) so the form can say so and keep what
 * was typed. No JavaFX: the pane binds its fields to a map of these keys.
 */
public final class RelayForm {

    public static final String PROTOCOL = "protocol";
    public static final String LISTEN_ADDRESS = "listenAddress";
    public static final String LISTEN_PORT = "listenPort";
    public static final String TARGET_HOST = "targetHost";
    public static final String TARGET_PORT = "targetPort";
    public static final String DIRECTION = "direction";
    public static final String LATENCY = "latency";
    public static final String JITTER = "jitter";
    public static final String BANDWIDTH = "bandwidth";
    public static final String SLICE = "slice";
    public static final String SLICE_DELAY = "sliceDelay";
    public static final String DROP = "drop";
    public static final String DUPLICATE = "duplicate";
    public static final String REORDER = "reorder";
    public static final String REORDER_DELAY = "reorderDelay";
    public static final String CORRUPT = "corrupt";
    public static final String STALL = "stall";
    public static final String CLOSE_AFTER_BYTES = "closeAfterBytes";
    public static final String CLOSE_AFTER_MS = "closeAfterMs";
    public static final String RESET = "reset";
    public static final String SEED = "seed";
    public static final String TLS_LISTEN = "tlsListen";
    public static final String TLS_NAMES = "tlsNames";
    public static final String TLS_CERTIFICATE = "tlsCertificate";
    public static final String TLS_KEY = "tlsKey";
    public static final String TLS_PASSWORD = "tlsPassword";
    public static final String TLS_TARGET = "tlsTarget";
    public static final String TRUST_PINS = "trustPins";
    /** ALPN protocols, comma or space separated (h2, http/1.1): accepted from the client, offered to the target. */
    public static final String TLS_ALPN = "tlsAlpn";

    /** The client leg's TLS: off, or where its certificate comes from (the TLS server's sources). */
    public static final String TLS_OFF = "off";
    public static final List<String> TLS_LISTEN_CHOICES = List.of(TLS_OFF, ServerTlsRequest.Source.SELF_SIGNED.label(),
            ServerTlsRequest.Source.PEM.label(), ServerTlsRequest.Source.PKCS12.label());

    /** Directions a form applies its impairments to. */
    public static final List<String> DIRECTIONS = List.of("both", "client→server", "server→client");

    /** What the form holds: endpoints and settings, or the problems. */
    public record Outcome(Optional<RelayEndpoints> endpoints, Optional<RelaySettings> settings,
                          Optional<RelayTlsRequest> tls, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private RelayForm() {
    }

    /** The defaults a new form shows. */
    public static Map<String, String> defaults() {
        return Map.ofEntries(Map.entry(PROTOCOL, "tcp"), Map.entry(LISTEN_ADDRESS, "127.0.0.1"),
                Map.entry(LISTEN_PORT, "0"), Map.entry(TARGET_HOST, "127.0.0.1"), Map.entry(TARGET_PORT, ""),
                Map.entry(DIRECTION, "both"), Map.entry(LATENCY, "0"), Map.entry(JITTER, "0"),
                Map.entry(BANDWIDTH, "0"), Map.entry(SLICE, "0"), Map.entry(SLICE_DELAY, "0"), Map.entry(DROP, "0"),
                Map.entry(DUPLICATE, "0"), Map.entry(REORDER, "0"), Map.entry(REORDER_DELAY, "50"),
                Map.entry(CORRUPT, "0"), Map.entry(STALL, "false"),
                Map.entry(CLOSE_AFTER_BYTES, "0"), Map.entry(CLOSE_AFTER_MS, "0"), Map.entry(RESET, "false"),
                Map.entry(TLS_LISTEN, TLS_OFF),
                Map.entry(TLS_NAMES, "localhost, 127.0.0.1"), Map.entry(TLS_TARGET, "false"), Map.entry(TLS_ALPN, ""),
                Map.entry(SEED, Long.toString(new java.util.Random().nextLong())));
    }

    /** Reads a form. Unknown or missing keys take the defaults' meaning (0, off). */
    public static Outcome read(Map<String, String> values) {
        List<String> problems = new ArrayList<>();
        Reader reader = new Reader(values, problems);
        RelayProtocol protocol = "udp".equalsIgnoreCase(values.getOrDefault(PROTOCOL, "tcp").strip())
                ? RelayProtocol.UDP : RelayProtocol.TCP;
        long listenPort = reader.whole(LISTEN_PORT, "listen-port");
        long targetPort = reader.whole(TARGET_PORT, "target-port");
        Optional<RelayEndpoints> endpoints = Optional.empty();
        if (problems.isEmpty()) {
            try {
                endpoints = Optional.of(new RelayEndpoints(protocol, values.getOrDefault(LISTEN_ADDRESS, "").strip(),
                        (int) Math.clamp(listenPort, -1, 70_000), values.getOrDefault(TARGET_HOST, "").strip(),
                        (int) Math.clamp(targetPort, -1, 70_000)));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        Optional<RelaySettings> settings = settings(values, problems);
        Optional<RelayTlsRequest> tls = tls(values, protocol, problems);
        return new Outcome(endpoints, settings, tls, List.copyOf(problems));
    }

    /** The TLS asked for (its files are read later, by {@link RelayTlsRequest#load}). */
    private static Optional<RelayTlsRequest> tls(Map<String, String> values, RelayProtocol protocol,
                                                 List<String> problems) {
        String listen = values.getOrDefault(TLS_LISTEN, TLS_OFF);
        boolean target = Boolean.parseBoolean(values.getOrDefault(TLS_TARGET, "false"));
        Set<String> pins = new LinkedHashSet<>();
        for (String pin : values.getOrDefault(TRUST_PINS, "").strip().split("[,\\s]+")) {
            if (pin.isEmpty()) {
                continue;
            }
            try {
                pins.add(TlsClientOptions.normalizeFingerprint(pin));
            } catch (IllegalArgumentException e) {
                problems.add(Texts.get(RelayMessages.BAD_PIN, pin));
                return Optional.empty();
            }
        }
        if (protocol == RelayProtocol.UDP && (target || !listen.equals(TLS_OFF))) {
            problems.add(Texts.get(RelayMessages.UDP_TLS));
            return Optional.empty();
        }
        if (!pins.isEmpty() && !target) {
            problems.add(Texts.get(RelayMessages.PINS_WITHOUT_TARGET_TLS));
            return Optional.empty();
        }
        ServerTlsRequest request = null;
        if (!listen.equals(TLS_OFF)) {
            String certificate = values.getOrDefault(TLS_CERTIFICATE, "").strip();
            String key = values.getOrDefault(TLS_KEY, "").strip();
            request = new ServerTlsRequest(ServerTlsRequest.Source.ofLabel(listen),
                    Arrays.stream(values.getOrDefault(TLS_NAMES, "").split("[,\\s]+")).filter(n -> !n.isEmpty()).toList(),
                    certificate.isEmpty() ? null : Path.of(certificate), key.isEmpty() ? null : Path.of(key),
                    values.getOrDefault(TLS_PASSWORD, "").toCharArray(), TlsServerOptions.ClientAuth.NONE, null);
        }
        List<String> alpn = Arrays.stream(values.getOrDefault(TLS_ALPN, "").split("[,\\s]+"))
                .filter(name -> !name.isEmpty()).toList();
        return Optional.of(new RelayTlsRequest(request, target, pins, alpn));
    }

    /** Only the impairments and seed (for a live edit of a running relay). */
    public static Outcome readSettings(Map<String, String> values) {
        List<String> problems = new ArrayList<>();
        Optional<RelaySettings> settings = settings(values, problems);
        return new Outcome(Optional.empty(), settings, Optional.empty(), List.copyOf(problems));
    }

    private static Optional<RelaySettings> settings(Map<String, String> values, List<String> problems) {
        Reader reader = new Reader(values, problems);
        int before = problems.size();
        long latency = reader.whole(LATENCY, "latency");
        long jitter = reader.whole(JITTER, "jitter");
        long bandwidth = reader.whole(BANDWIDTH, "bandwidth");
        long slice = reader.whole(SLICE, "slice");
        long sliceDelay = reader.whole(SLICE_DELAY, "slice-delay");
        double drop = reader.decimal(DROP, "drop");
        double duplicate = reader.decimal(DUPLICATE, "duplicate");
        double reorder = reader.decimal(REORDER, "reorder");
        long reorderDelay = reader.whole(REORDER_DELAY, "reorder-delay");
        double corrupt = reader.decimal(CORRUPT, "corrupt");
        long closeAfterBytes = reader.whole(CLOSE_AFTER_BYTES, "close-after-bytes");
        long closeAfterMs = reader.whole(CLOSE_AFTER_MS, "close-after");
        long seed = reader.whole(SEED, "seed");
        if (problems.size() > before) {
            return Optional.empty();
        }
        try {
            Impairments impairments = Impairments.builder().latency(narrow(latency), narrow(jitter))
                    .bandwidth(bandwidth).slice(narrow(slice), narrow(sliceDelay)).drop(drop).duplicate(duplicate)
                    .reorder(reorder, reorder > 0 ? narrow(reorderDelay) : 0).corrupt(corrupt)
                    .stall(Boolean.parseBoolean(values.getOrDefault(STALL, "false")))
                    .closeAfterBytes(closeAfterBytes).closeAfterMs(closeAfterMs)
                    .resetOnClose(Boolean.parseBoolean(values.getOrDefault(RESET, "false"))).build();
            String direction = values.getOrDefault(DIRECTION, "both");
            boolean toServer = !direction.equals(DIRECTIONS.get(2));
            boolean toClient = !direction.equals(DIRECTIONS.get(1));
            return Optional.of(new RelaySettings(toServer ? impairments : Impairments.NONE,
                    toClient ? impairments : Impairments.NONE, seed));
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return Optional.empty();
        }
    }

    /** An int for the range check: values beyond int stay out of range instead of wrapping. */
    private static int narrow(long value) {
        return (int) Math.clamp(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    private record Reader(Map<String, String> values, List<String> problems) {
        long whole(String key, String what) {
            String text = values.getOrDefault(key, "0").strip();
            try {
                return text.isEmpty() ? 0 : Long.parseLong(text);
            } catch (NumberFormatException e) {
                problems.add(Texts.get("relay.problem.notWhole", RelayMessages.what(what), text));
                return 0;
            }
        }

        double decimal(String key, String what) {
            String text = values.getOrDefault(key, "0").strip();
            try {
                return text.isEmpty() ? 0 : Double.parseDouble(text);
            } catch (NumberFormatException e) {
                problems.add(Texts.get("relay.problem.notNumber", RelayMessages.what(what), text));
                return 0;
            }
        }
    }
}

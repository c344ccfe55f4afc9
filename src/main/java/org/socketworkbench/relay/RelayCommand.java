package org.socketworkbench.relay;

import org.socketworkbench.i18n.Texts;

import org.socketworkbench.certificates.CertificateProblem;
import org.socketworkbench.certificates.ServerTlsRequest;
import org.socketworkbench.cli.CommandFailure;
import org.socketworkbench.cli.HelpOption;
import org.socketworkbench.cli.IntRangeConverter;
import org.socketworkbench.cli.NonBlankConverter;
import org.socketworkbench.cli.SecondsConverter;
import org.socketworkbench.cli.UsageException;
import org.socketworkbench.engine.TlsClientOptions;
import org.socketworkbench.engine.TlsServerOptions;
import org.socketworkbench.i18n.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The headless {@code relay} command: its options (picocli fills the fields), the impairments
 * they make ({@link #settings()}), and the run ({@link RelayRun}). The help text is drawn from the
 * annotations below; the README quotes it.
 */
@Command(name = "relay", // i18n-ok: command output
        customSynopsis = "socket-workbench relay tcp|udp LISTEN_PORT TARGET_HOST TARGET_PORT [options]") // i18n-ok: command output
public final class RelayCommand implements Callable<Integer> {

    static final int LISTEN_FAILED = 3;

    @Parameters(index = "0", paramLabel = "tcp|udp", converter = Protocol.class, description = "what to relay") // i18n-ok: command output
    private RelayProtocol protocol;

    @Parameters(index = "1", paramLabel = "LISTEN_PORT", converter = ListenPort.class,
            description = "local port, 0-65535 (0: any free port, printed at start)") // i18n-ok: command output
    private int listenPort;

    @Parameters(index = "2", paramLabel = "TARGET_HOST", converter = NonBlankConverter.class,
            description = "the server's name or address") // i18n-ok: command output
    private String targetHost;

    @Parameters(index = "3", paramLabel = "TARGET_PORT", converter = TargetPort.class,
            description = "the server's port, 1-65535") // i18n-ok: command output
    private int targetPort;

    @Option(names = "--listen-address", paramLabel = "ADDR", converter = NonBlankConverter.class) // i18n-ok: command output
    private String listenAddress = "127.0.0.1";

    @Option(names = "--multicast-interface", paramLabel = "NAME", converter = NonBlankConverter.class) // i18n-ok: command output
    private String multicastInterface = "";

    @Option(names = "--ttl", paramLabel = "N", converter = Ttl.class) // i18n-ok: command output
    private int ttl = 1;

    @Option(names = "--direction", paramLabel = "WAY", converter = Directions.class) // i18n-ok: command output
    private Directions.Which direction = Directions.Which.BOTH;

    @Option(names = "--latency", paramLabel = "MS") // i18n-ok: command output
    private int latency;

    @Option(names = "--jitter", paramLabel = "MS") // i18n-ok: command output
    private int jitter;

    @Option(names = "--bandwidth", paramLabel = "BPS") // i18n-ok: command output
    private long bandwidth;

    @Option(names = "--slice", paramLabel = "BYTES") // i18n-ok: command output
    private int slice;

    @Option(names = "--slice-delay", paramLabel = "MS") // i18n-ok: command output
    private int sliceDelay;

    @Option(names = "--close-after-bytes", paramLabel = "N") // i18n-ok: command output
    private long closeAfterBytes;

    @Option(names = "--close-after", paramLabel = "MS") // i18n-ok: command output
    private long closeAfterMs;

    @Option(names = "--reset", arity = "0") // i18n-ok: command output
    private boolean reset;

    @Option(names = "--drop", paramLabel = "%") // i18n-ok: command output
    private double drop;

    @Option(names = "--duplicate", paramLabel = "%") // i18n-ok: command output
    private double duplicate;

    @Option(names = "--reorder", paramLabel = "%") // i18n-ok: command output
    private double reorder;

    @Option(names = "--reorder-delay", paramLabel = "MS") // i18n-ok: command output
    private int reorderDelay = 50;

    @Option(names = "--corrupt", paramLabel = "%") // i18n-ok: command output
    private double corrupt;

    @Option(names = "--tls-listen-self-signed", paramLabel = "NAMES", split = ",") // i18n-ok: command output
    private List<String> tlsListenNames;

    @Option(names = "--tls-listen-pem", arity = "1..2", paramLabel = "FILE") // i18n-ok: command output
    private List<Path> tlsListenPem;

    @Option(names = "--tls-listen-pkcs12", paramLabel = "FILE") // i18n-ok: command output
    private Path tlsListenPkcs12;

    @Option(names = "--tls-listen-password", arity = "0..1", interactive = true, paramLabel = "PASSWORD") // i18n-ok: command output
    private char[] tlsListenPassword;

    @Option(names = "--tls-target", arity = "0") // i18n-ok: command output
    private boolean tlsTarget;

    @Option(names = "--trust-pin", paramLabel = "SHA256", converter = Fingerprint.class) // i18n-ok: command output
    private Set<String> trustPins = new LinkedHashSet<>();

    @Option(names = "--seed", paramLabel = "N") // i18n-ok: command output
    private Long seed;

    @Option(names = "--duration", paramLabel = "SECONDS", converter = SecondsConverter.class) // i18n-ok: command output
    private Duration duration = Duration.ZERO;

    @Option(names = "--connections", paramLabel = "N", converter = Count.class) // i18n-ok: command output
    private int connections;

    @Option(names = "--json", arity = "0") // i18n-ok: command output
    private boolean json;

    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws UsageException {
        // The options are checked in the language of the help and of picocli's errors (the OS
        // language); what the run prints is read by scripts, so it is English (the reasons and
        // impairments come from the relay bundle).
        RelayEndpoints endpoints;
        try {
            endpoints = new RelayEndpoints(protocol, listenAddress, listenPort, targetHost, targetPort,
                    multicastInterface, ttl);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        RelaySettings settings = settings();
        RelayTls tls = tls();
        Texts.use(Language.ENGLISH);
        RelayRun run = new RelayRun(endpoints, settings, tls, duration, connections,
                json ? RelayReport.json(spec.commandLine().getOut()) : RelayReport.text(spec.commandLine().getOut()));
        int code = run.run();
        if (code == LISTEN_FAILED) {
            throw new CommandFailure(LISTEN_FAILED, run.failure());
        }
        return code;
    }

    /**
     * The impairments the options make.
     *
     * @throws UsageException naming every value out of range with its range
     */
    RelaySettings settings() throws UsageException {
        Impairments impairments;
        try {
            impairments = Impairments.builder().latency(latency, jitter).bandwidth(bandwidth)
                    .slice(slice, sliceDelay).closeAfterBytes(closeAfterBytes).closeAfterMs(closeAfterMs)
                    .resetOnClose(reset).drop(drop).duplicate(duplicate)
                    .reorder(reorder, reorder > 0 ? reorderDelay : 0).corrupt(corrupt).build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        long chosenSeed = seed != null ? seed : new java.util.Random().nextLong();
        return new RelaySettings(direction.toServer() ? impairments : Impairments.NONE,
                direction.toClient() ? impairments : Impairments.NONE, chosenSeed);
    }

    /**
     * The TLS the options ask for, its certificate read and checked before anything listens.
     *
     * @throws UsageException for two certificate sources, TLS on UDP, pins without --tls-target,
     *                        or a certificate that cannot be used (with why)
     */
    RelayTls tls() throws UsageException {
        int sources = (tlsListenNames != null ? 1 : 0) + (tlsListenPem != null ? 1 : 0) + (tlsListenPkcs12 != null ? 1 : 0);
        if (sources > 1) {
            throw new UsageException(Texts.get(RelayMessages.ONE_TLS_SOURCE));
        }
        if ((sources > 0 || tlsTarget) && protocol == RelayProtocol.UDP) {
            throw new UsageException(Texts.get(RelayMessages.UDP_TLS));
        }
        if (!trustPins.isEmpty() && !tlsTarget) {
            throw new UsageException(Texts.get(RelayMessages.PINS_WITHOUT_TARGET_TLS));
        }
        ServerTlsRequest listen = tlsListenNames != null
                ? request(ServerTlsRequest.Source.SELF_SIGNED, tlsListenNames, null, null)
                : tlsListenPem != null
                ? request(ServerTlsRequest.Source.PEM, List.of(), tlsListenPem.getFirst(), tlsListenPem.getLast())
                : tlsListenPkcs12 != null ? request(ServerTlsRequest.Source.PKCS12, List.of(), tlsListenPkcs12, null)
                : null;
        try {
            return new RelayTlsRequest(listen, tlsTarget, trustPins).load(null);
        } catch (CertificateProblem e) {
            throw new UsageException(e.getMessage());
        }
    }

    private ServerTlsRequest request(ServerTlsRequest.Source source, List<String> names, Path certificate, Path key) {
        return new ServerTlsRequest(source, names, certificate, key,
                tlsListenPassword == null ? new char[0] : tlsListenPassword, TlsServerOptions.ClientAuth.NONE, null);
    }

    /** {@code --trust-pin}: 64 hex digits, colons allowed (as openssl x509 -fingerprint -sha256 prints it). */
    public static final class Fingerprint implements picocli.CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return TlsClientOptions.normalizeFingerprint(value);
            } catch (IllegalArgumentException e) {
                throw org.socketworkbench.cli.OptionValueException.of(Texts.get(RelayMessages.BAD_FINGERPRINT));
            }
        }
    }

    /** {@code tcp} or {@code udp}. */
    public static final class Protocol implements picocli.CommandLine.ITypeConverter<RelayProtocol> {
        @Override
        public RelayProtocol convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "tcp" -> RelayProtocol.TCP;
                case "udp" -> RelayProtocol.UDP;
                default -> throw org.socketworkbench.cli.OptionValueException.of(Texts.get("cli.problem.relay.protocol"));
            };
        }
    }

    /** {@code --direction}. */
    public static final class Directions implements picocli.CommandLine.ITypeConverter<Directions.Which> {
        /** Which directions the impairments apply to. */
        enum Which {
            BOTH, TO_SERVER, TO_CLIENT;

            boolean toServer() {
                return this != TO_CLIENT;
            }

            boolean toClient() {
                return this != TO_SERVER;
            }
        }

        @Override
        public Which convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "both" -> Which.BOTH;
                case "to-server" -> Which.TO_SERVER;
                case "to-client" -> Which.TO_CLIENT;
                default -> throw org.socketworkbench.cli.OptionValueException.of(Texts.get("cli.problem.relay.direction"));
            };
        }
    }

    public static final class ListenPort extends IntRangeConverter {
        public ListenPort() {
            super(0, 65535);
        }
    }

    public static final class TargetPort extends IntRangeConverter {
        public TargetPort() {
            super(1, 65535);
        }
    }

    public static final class Ttl extends IntRangeConverter {
        public Ttl() {
            super(0, 255);
        }
    }

    public static final class Count extends IntRangeConverter {
        public Count() {
            super(1, Integer.MAX_VALUE);
        }
    }
}

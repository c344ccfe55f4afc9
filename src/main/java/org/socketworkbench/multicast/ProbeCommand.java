package org.socketworkbench.multicast;

import org.socketworkbench.cli.CommandFailure;
import org.socketworkbench.i18n.Language;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.cli.HelpOption;
import org.socketworkbench.cli.IntRangeConverter;
import org.socketworkbench.cli.NonBlankConverter;
import org.socketworkbench.cli.OnOffConverter;
import org.socketworkbench.cli.OptionValueException;
import org.socketworkbench.cli.SecondsConverter;
import org.socketworkbench.cli.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The headless {@code probe} command: its options (picocli fills the fields), the checks that
 * need several of them ({@link #options()}), and the run ({@link ProbeSession}). The help text
 * is drawn from the annotations below; the README quotes it.
 */
@Command(name = "probe", // i18n-ok: command output
        customSynopsis = "socket-workbench probe --group GROUP:PORT [--group GROUP:PORT ...] [options]") // i18n-ok: command output
public final class ProbeCommand implements Callable<Integer> {

    @Option(names = "--group", paramLabel = "GROUP:PORT", converter = Group.class) // i18n-ok: command output
    private List<GroupAddress> groups = new ArrayList<>();

    @Option(names = "--iface", paramLabel = "NAME", converter = NonBlankConverter.class) // i18n-ok: command output
    private String iface = "";

    @Option(names = "--ttl", paramLabel = "N", converter = Ttl.class) // i18n-ok: command output
    private int ttl = 1;

    @Option(names = "--rate", paramLabel = "R", converter = ProbeRateConverter.class) // i18n-ok: command output
    private ProbeRate rate = new ProbeRate(10_000);

    @Option(names = "--size", paramLabel = "BYTES", converter = Size.class) // i18n-ok: command output
    private Integer size;

    @Option(names = "--duration", paramLabel = "SECONDS", converter = SecondsConverter.class) // i18n-ok: command output
    private Duration duration = Duration.ofSeconds(10);

    @Option(names = "--every", paramLabel = "SECONDS", converter = SecondsConverter.class) // i18n-ok: command output
    private Duration every = Duration.ZERO;

    @Option(names = "--send-only", arity = "0") // i18n-ok: command output
    private boolean sendOnly;

    @Option(names = "--receive-only", arity = "0") // i18n-ok: command output
    private boolean receiveOnly;

    @Option(names = "--loopback", paramLabel = "on|off", converter = OnOffConverter.class,
            completionCandidates = OnOffConverter.Words.class)
    private OnOffConverter.Switch loopback = OnOffConverter.Switch.ON;

    @Option(names = "--id", paramLabel = "NAME", converter = HostName.class) // i18n-ok: command output
    private String name;

    @Option(names = "--matrix", arity = "0") // i18n-ok: command output
    private boolean matrix;

    @Option(names = "--json", paramLabel = "FILE", converter = NonBlankConverter.class) // i18n-ok: command output
    private String json;

    @Option(names = "--source", paramLabel = "ADDR", converter = Source.class) // i18n-ok: command output
    private List<String> sources = new ArrayList<>();

    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    private final Supplier<String> localHostName;

    /** The command as the launcher runs it: announcing this host's name unless {@code --id} says otherwise. */
    public ProbeCommand() {
        this(LocalHostName::get);
    }

    /** With a fixed local host name (tests). */
    ProbeCommand(String localHostName) {
        this(() -> localHostName);
    }

    private ProbeCommand(Supplier<String> localHostName) {
        this.localHostName = localHostName;
    }

    @Override
    public Integer call() throws UsageException {
        // The options are checked in the language of the help and of picocli's errors (the OS
        // language); what the run prints is read by scripts, so it is English (hints, foreign
        // notes and socket errors come from the multicast bundle).
        ProbeOptions options = options();
        Texts.use(Language.ENGLISH);
        try {
            return new ProbeSession(options, spec.commandLine().getOut()).run();
        } catch (ProbeSocketException e) {
            throw new CommandFailure(ProbeExitCode.SOCKET_ERROR.code(), e.getMessage());
        }
    }

    /**
     * The parsed options, checked together.
     *
     * @throws UsageException saying what does not fit
     */
    ProbeOptions options() throws UsageException {
        if (groups.isEmpty()) {
            throw new UsageException(Texts.get("cli.problem.probe.noGroup"));
        }
        for (int i = 1; i < groups.size(); i++) {
            if (groups.subList(0, i).contains(groups.get(i))) {
                throw new UsageException(Texts.get("cli.problem.probe.groupTwice", groups.get(i)));
            }
        }
        if (sendOnly && receiveOnly) {
            throw new UsageException(Texts.get("cli.problem.exclusive", "--send-only", "--receive-only"));
        }
        String announced = name != null ? name : localHostName.get();
        ProbeMode mode = sendOnly ? ProbeMode.SEND_ONLY : receiveOnly ? ProbeMode.RECEIVE_ONLY : ProbeMode.SEND_AND_RECEIVE;
        return new ProbeOptions(groups, iface, ttl, rate, checkedSize(announced), duration, every, mode, loopback.isOn(),
                announced).withOutputs(matrix, Optional.ofNullable(json).map(Path::of)).withSources(sources);
    }

    private int checkedSize(String announced) throws UsageException {
        if (size == null) {
            return ProbeSize.defaultFor(announced);
        }
        boolean anyIpv4 = groups.stream().anyMatch(g -> !g.isIpv6());
        Optional<String> problem = ProbeSize.problem(size, anyIpv4, announced);
        if (problem.isPresent()) {
            throw new UsageException("--size " + size + " " + problem.get());
        }
        return size;
    }

    /** {@code --group GROUP:PORT}, read by {@link GroupAddress#parse}. */
    public static final class Group implements picocli.CommandLine.ITypeConverter<GroupAddress> {
        @Override
        public GroupAddress convert(String value) {
            try {
                return GroupAddress.parse(value);
            } catch (IllegalArgumentException e) {
                throw OptionValueException.of(e.getMessage());
            }
        }
    }

    /** {@code --source ADDR}: a numeric unicast address. */
    public static final class Source implements picocli.CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String text = value.strip();
            boolean numeric = !text.isEmpty() && text.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':');
            java.net.InetAddress address;
            try {
                address = numeric ? java.net.InetAddress.getByName(text) : null;
            } catch (java.net.UnknownHostException e) {
                address = null;
            }
            if (address == null || address.isMulticastAddress()) {
                throw OptionValueException.of(Texts.get("cli.problem.probe.notUnicast", value));
            }
            return text;
        }
    }

    /** {@code --ttl}: an IP TTL / IPv6 hop limit. */
    public static final class Ttl extends IntRangeConverter {
        public Ttl() {
            super(0, 255);
        }
    }

    /** {@code --size}: up to the largest UDP payload; {@link #checkedSize} applies the per-family limit. */
    public static final class Size extends IntRangeConverter {
        public Size() {
            super(1, ProbeSize.MAX_IPV6);
        }
    }

    /** {@code --id}: a host name that fits the probe's name field. */
    public static final class HostName extends NonBlankConverter {
        @Override
        public String convert(String value) {
            String name = super.convert(value);
            int bytes = name.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > ProbePacket.MAX_HOST_NAME_BYTES) {
                throw OptionValueException.of(Texts.get("cli.problem.probe.nameTooLong", bytes,
                        ProbePacket.MAX_HOST_NAME_BYTES));
            }
            return name;
        }
    }
}

package org.socketworkbench.multicast;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parses and validates the arguments of the headless {@code probe} command (the words after {@code probe}). */
public final class ProbeCommandLine {

    /** Longest {@code --duration} or {@code --every}: a year. */
    public static final long MAX_SECONDS = 366L * 24 * 3600;

    public static final String USAGE = """
            Usage: socket-workbench probe --group GROUP:PORT [--group GROUP:PORT ...] [options]
            Joins each group, sends sequence-numbered probes to it, receives everyone's probes and
            prints one row per group and sender at the end.

              --group GROUP:PORT   a multicast group and port, e.g. 239.1.2.3:5000, ff02::1234%lo:5000
                                   or [ff02::1234%lo]:5000 (an IPv6 zone picks the adapter for
                                   that group); repeat for more groups
              --iface NAME         adapter for joins and sending (default: the OS default)
              --ttl N              TTL / hop limit of the probes, 0-255 (default 1; 0 stays on this host)
              --rate R             probes per second per group, 0.001-1000000 (default 10)
              --size BYTES         datagram size including the probe header (default 100; at least
                                   58 + the host name's length; at most 65507, or 65527 for IPv6 only)
              --duration SECONDS   how long to run (default 10)
              --every SECONDS      also print the table this often while running
              --send-only          only send
              --receive-only       only join and receive
              --loopback on|off    let our own probes loop back to this host (default on)
              --id NAME            the host name the probes announce (default: this host's name)
              --matrix             also print the whole group's matrix, receivers x senders, from
                                   every host's receiver reports (at the end, and with --every);
                                   loss on any pair then makes the exit code 1
              --json FILE          write the final roster and matrix as JSON to FILE (- for
                                   standard output, instead of the tables)
              --help               print this text

            Exit codes: 0 probes arrived on every group with no loss and no duplicates (or, with
            --send-only, every probe was sent); 1 loss or duplicates seen; 2 bad arguments;
            3 socket error (join, bind or send failed); 4 a group received no probes at all.
            With --matrix, 1 also when any pair of the matrix lost probes or saw duplicates.""";

    private ProbeCommandLine() {
    }

    /** Whether the user asked for {@link #USAGE}. */
    public static boolean wantsHelp(List<String> args) {
        return args.contains("--help") || args.contains("-h");
    }

    /**
     * Reads the arguments.
     *
     * @param localHostName the host name to announce when {@code --id} is not given
     * @throws ProbeUsageException saying what is wrong
     */
    public static ProbeOptions parse(List<String> args, String localHostName) throws ProbeUsageException {
        List<GroupAddress> groups = new ArrayList<>();
        String iface = "";
        int ttl = 1;
        ProbeRate rate = new ProbeRate(10_000);
        Integer size = null;
        Duration duration = Duration.ofSeconds(10);
        Duration every = Duration.ZERO;
        boolean sendOnly = false;
        boolean receiveOnly = false;
        boolean loopback = true;
        String name = localHostName;
        boolean matrix = false;
        Optional<Path> json = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            int equals = arg.indexOf('=');
            String option = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
            String inline = option.equals(arg) ? null : arg.substring(equals + 1);
            switch (option) {
                case "--send-only", "--receive-only", "--matrix" -> {
                    if (inline != null) {
                        throw new ProbeUsageException(option + " takes no value");
                    }
                    sendOnly |= option.equals("--send-only");
                    receiveOnly |= option.equals("--receive-only");
                    matrix |= option.equals("--matrix");
                    continue;
                }
                case "--group", "--iface", "--ttl", "--rate", "--size", "--duration", "--every", "--loopback", "--id",
                     "--json" -> {
                }
                default -> throw new ProbeUsageException("unknown option '" + arg + "'");
            }
            String value = inline;
            if (value == null) {
                if (i + 1 >= args.size()) {
                    throw new ProbeUsageException(option + " needs a value");
                }
                value = args.get(++i);
            }
            switch (option) {
                case "--group" -> groups.add(group(value, groups));
                case "--iface" -> iface = nonBlank(option, value);
                case "--ttl" -> ttl = integer(option, value, 0, 255);
                case "--rate" -> rate = rate(value);
                case "--size" -> size = integer(option, value, 1, ProbeSize.MAX_IPV6);
                case "--duration" -> duration = seconds(option, value);
                case "--every" -> every = seconds(option, value);
                case "--loopback" -> loopback = onOff(value);
                case "--json" -> json = Optional.of(Path.of(nonBlank(option, value)));
                default -> name = hostName(value);
            }
        }
        if (groups.isEmpty()) {
            throw new ProbeUsageException("at least one --group GROUP:PORT is needed");
        }
        if (sendOnly && receiveOnly) {
            throw new ProbeUsageException("--send-only and --receive-only exclude each other");
        }
        ProbeMode mode = sendOnly ? ProbeMode.SEND_ONLY : receiveOnly ? ProbeMode.RECEIVE_ONLY : ProbeMode.SEND_AND_RECEIVE;
        return new ProbeOptions(groups, iface, ttl, rate, checkedSize(size, groups, name), duration, every, mode,
                loopback, name).withOutputs(matrix, json);
    }

    private static GroupAddress group(String value, List<GroupAddress> earlier) throws ProbeUsageException {
        GroupAddress group;
        try {
            group = GroupAddress.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ProbeUsageException("--group " + e.getMessage());
        }
        if (earlier.contains(group)) {
            throw new ProbeUsageException("--group " + group + " is given twice");
        }
        return group;
    }

    private static int checkedSize(Integer requested, List<GroupAddress> groups, String name)
            throws ProbeUsageException {
        if (requested == null) {
            return ProbeSize.defaultFor(name);
        }
        boolean anyIpv4 = groups.stream().anyMatch(g -> !g.isIpv6());
        Optional<String> problem = ProbeSize.problem(requested, anyIpv4, name);
        if (problem.isPresent()) {
            throw new ProbeUsageException("--size " + requested + " " + problem.get());
        }
        return requested;
    }

    private static int integer(String option, String value, int min, int max) throws ProbeUsageException {
        int parsed;
        try {
            parsed = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ProbeUsageException(option + " '" + value + "' is not a whole number");
        }
        if (parsed < min || parsed > max) {
            throw new ProbeUsageException(option + " " + parsed + " is outside " + min + ".." + max);
        }
        return parsed;
    }

    private static ProbeRate rate(String value) throws ProbeUsageException {
        try {
            return ProbeRate.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ProbeUsageException("--rate: " + e.getMessage());
        }
    }

    private static Duration seconds(String option, String value) throws ProbeUsageException {
        BigDecimal seconds;
        try {
            seconds = new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new ProbeUsageException(option + " '" + value + "' is not a number of seconds");
        }
        if (seconds.signum() <= 0) {
            throw new ProbeUsageException(option + " " + value + " must be more than 0 seconds");
        }
        if (seconds.compareTo(BigDecimal.valueOf(MAX_SECONDS)) > 0) {
            throw new ProbeUsageException(option + " " + value + " is longer than " + MAX_SECONDS + " seconds (a year)");
        }
        long nanos = seconds.movePointRight(9).longValue();
        if (nanos < 1_000_000) {
            throw new ProbeUsageException(option + " " + value + " is shorter than a millisecond");
        }
        return Duration.ofNanos(nanos);
    }

    private static boolean onOff(String value) throws ProbeUsageException {
        return switch (value) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new ProbeUsageException("--loopback takes on or off, not '" + value + "'");
        };
    }

    private static String hostName(String value) throws ProbeUsageException {
        String name = nonBlank("--id", value);
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > ProbePacket.MAX_HOST_NAME_BYTES) {
            throw new ProbeUsageException("--id is " + bytes + " bytes in UTF-8, at most "
                    + ProbePacket.MAX_HOST_NAME_BYTES + " fit in a probe");
        }
        return name;
    }

    private static String nonBlank(String option, String value) throws ProbeUsageException {
        if (value.isBlank()) {
            throw new ProbeUsageException(option + " needs a non-empty value");
        }
        return value;
    }
}

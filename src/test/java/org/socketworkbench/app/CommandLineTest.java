package org.socketworkbench.app;

import org.junit.jupiter.api.Test;
import org.socketworkbench.cli.CommandLines;
import picocli.AutoComplete;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code socket-workbench} as a whole: the commands, help, versions, and words it does not know. */
class CommandLineTest {

    /** The probe usage as the README documents it: picocli must print exactly this. */
    private static final String PROBE_USAGE = """
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
              --source ADDR        receive only from this sender address (a source-specific join,
                                   IGMPv3 / MLDv2; e.g. for 232.0.0.0/8 or ff3x:: groups); repeat
                                   for more sources
              --help               print this text

            Exit codes: 0 probes arrived on every group with no loss and no duplicates (or, with
            --send-only, every probe was sent); 1 loss or duplicates seen; 2 bad arguments;
            3 socket error (join, bind or send failed); 4 a group received no probes at all.
            With --matrix, 1 also when any pair of the matrix lost probes or saw duplicates.
            """;

    private static final String RUN_USAGE = """
            Usage: socket-workbench run <script.js> [--timeout <seconds>] [--manifest <manifest.json>]
            Runs a Chrome App script (chrome.socket, chrome.sockets.tcp/udp/tcpServer) without a window.
            Permissions come from the manifest.json beside the script (or --manifest); without one,
            every socket operation is allowed.

              --timeout SECONDS   stop the script after this long, 0.001 to 31622400 (a year)
                                  (default, or 0: no limit)
              --manifest FILE     take permissions from this manifest.json
              --help              print this text

            Exit codes: 0 the script finished (no timers, no socket operation pending); 1 an uncaught
            error (printed as file:line: message); 2 bad arguments, or the script or manifest could
            not be read; 124 the time limit was reached.
            """;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CommandLines.execute(new SocketWorkbenchCommand(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void probeHelpIsTheDocumentedText() {
        ByteArrayOutputStream systemErr = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(systemErr, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, run("probe", "--help"));
        } finally {
            System.setErr(original);
        }
        assertEquals(PROBE_USAGE, out());
        assertEquals("", err());
        assertEquals("", systemErr.toString(StandardCharsets.UTF_8), "picocli warns on System.err about help texts it cannot format");
    }

    @Test
    void helpWinsOverBadArgumentsAndTakesDashH() {
        assertEquals(0, run("probe", "--ttl", "300", "--bogus", "-h"));
        assertEquals(PROBE_USAGE, out());
    }

    @Test
    void runHelpListsItsOptions() {
        assertEquals(0, run("run", "--help"));
        assertEquals(RUN_USAGE, out());
    }

    @Test
    void theTopLevelHelpListsTheCommands() {
        assertEquals(0, run("--help"));
        assertEquals("""
                Usage: socket-workbench [--smoke-test]
                       socket-workbench COMMAND [options]
                Without a command, opens the Socket Workbench window.

                  --smoke-test   open the main window, wait for the first rendered frame, exit 0
                  --version      print the versions of Socket Workbench, Java and JavaFX
                  --help         print this text

                Commands:
                  run            run a Chrome App script headless (run --help for details)
                  probe          multicast probe: join, send, receive, print the roster (probe --help)
                  send           send a payload, print what comes back (send --help)
                  listen         print what arrives on a port, answer it (listen --help)

                Run 'socket-workbench COMMAND --help' for the options of a command.
                """, out());
    }

    @Test
    void versionNamesTheAppJavaAndJavaFx() {
        assertEquals(0, run("--version"));
        List<String> lines = out().lines().toList();
        assertEquals(3, lines.size(), out());
        assertTrue(lines.get(0).matches("Socket Workbench \\d+\\.\\d+\\.\\d+"), lines.get(0));
        assertTrue(lines.get(1).startsWith("Java " + Runtime.version().feature() + "."), lines.get(1));
        assertTrue(lines.get(2).matches("JavaFX \\d+[.\\d]*\\+\\d+"), lines.get(2));
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertEquals(2, run("sned", "--to", "127.0.0.1:9"));
        assertEquals("", out());
        assertEquals("""
                socket-workbench: unknown command 'sned'
                Run 'socket-workbench --help' for the commands.
                """, err());
    }

    @Test
    void aNearMissSuggestsTheCommand() {
        assertEquals(2, run("prob"));
        assertTrue(err().startsWith("socket-workbench: unknown command 'prob'; did you mean probe?\n"), err());
    }

    @Test
    void aGuiFlagTypoIsAUsageErrorWithTheSuggestion() {
        assertEquals(2, run("--smoke-tst"));
        assertTrue(err().startsWith("socket-workbench: unknown option '--smoke-tst'; did you mean --smoke-test?\n"), err());
    }

    @Test
    void aSubcommandsUsageErrorNamesTheSubcommand() {
        assertEquals(2, run("probe", "--group", "239.1.2.3:5000", "--ttl"));
        assertEquals("""
                probe: --ttl needs a value
                Run 'socket-workbench probe --help' for the options.
                """, err());
    }

    @Test
    void theCompletionScriptComesFromTheSameDefinitions() {
        String script = AutoComplete.bash("socket-workbench",
                CommandLines.create(new SocketWorkbenchCommand(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
        for (String word : List.of("run", "probe", "--group", "--send-only", "--loopback", "--timeout", "--manifest", "--smoke-test", "--version")) {
            assertTrue(script.contains(word), word);
        }
        assertTrue(script.contains("(\"on\" \"off\") # --loopback values"), "--loopback offers the words it takes");
    }

    /** The real launcher class in a JVM without a display: it must not reach JavaFX. */
    @Test
    void withoutADisplayAnUnknownWordExitsTwoInsteadOfStartingTheWindow() throws IOException, InterruptedException {
        Child unknown = child("sned", "--to", "127.0.0.1:9");
        assertEquals(2, unknown.exitCode(), unknown.err());
        assertEquals("socket-workbench: unknown command 'sned'\nRun 'socket-workbench --help' for the commands.\n",
                unknown.err());
        Child version = child("--version");
        assertEquals(0, version.exitCode(), version.err());
        assertTrue(version.out().contains("JavaFX "), version.out());
        assertFalse(version.out().contains("unknown"), version.out());
    }

    private record Child(int exitCode, String out, String err) {
    }

    private static Child child(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Path errFile = java.nio.file.Files.createTempFile("cli-err", ".txt");
        builder.redirectError(errFile.toFile());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the child JVM did not exit");
        String err = java.nio.file.Files.readString(errFile);
        java.nio.file.Files.delete(errFile);
        return new Child(process.exitValue(), out, err);
    }
}

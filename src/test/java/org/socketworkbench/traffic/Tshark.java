package org.socketworkbench.traffic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs Wireshark's tshark on a capture file and returns what it printed. */
public final class Tshark {

    private Tshark() {
    }

    /** Whether an executable tshark is on the PATH. */
    public static boolean isInstalled() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "tshark"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code tshark -r file} with the extra arguments; one string per output line. Fails the test
     * when tshark exits non-zero or does not finish within a minute.
     */
    public static List<String> read(Path file, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tshark", "-n", "-r", file.toString()));
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("tshark", ".out");
        Path errors = Files.createTempFile("tshark", ".err");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectOutput(output.toFile())
                    .redirectError(errors.toFile())
                    .start();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "tshark finished within a minute");
            String stderr = Files.readString(errors, StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), "tshark exit code; stderr: " + stderr);
            return Files.readAllLines(output, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(output);
            Files.deleteIfExists(errors);
        }
    }

    /** The listed fields of every frame: one String[] per frame, fields separated by '|'. */
    public static List<String[]> fields(Path file, String... fields) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("-T", "fields", "-E", "separator=|", "-E", "occurrence=a",
                "-o", "ip.check_checksum:TRUE", "-o", "tcp.check_checksum:TRUE", "-o", "udp.check_checksum:TRUE"));
        for (String field : fields) {
            arguments.add("-e");
            arguments.add(field);
        }
        return read(file, arguments.toArray(String[]::new)).stream().map(line -> line.split("\\|", -1)).toList();
    }
}

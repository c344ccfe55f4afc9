package org.socketworkbench.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Issue 15's start-up figures: the installed workbench's time to its first rendered frame against
 * a bare JavaFX window ({@link BareWindow}) packaged and started the same way — its own jpackage
 * image with a jlinked runtime, the same jlink options, and an AOT cache from the same training
 * script (jpackage/aot-train.sh). Median of N cold starts (a new process each, the two
 * alternating so both see the same machine load), with the CPU time and resident memory (VmRSS)
 * each process had when its first frame was rendered. Any other output of a start (a JVM warning
 * about the cache, say) is printed.
 *
 * <pre>
 * mvn -B -Pinstaller clean package                     # the app-image under test
 * xvfb-run -a mvn -Pbench verify -Dbench=startup [-Dbench.args="runs=9 image=DIR"]
 * xvfb-run -a mvn -Pbench verify -Dbench=idle [-Dbench.args="minutes=10"]   # RSS after idling
 * </pre>
 * The bare image is built into target/bench-startup once (delete it to rebuild).
 */
final class StartupBenchmark {

    /** The app-image under test; option {@code image=DIR} measures another build of it. */
    private static final String APP_IMAGE = "target/jpackage/image/Socket Workbench";
    private static final String APP_LAUNCHER = "Socket Workbench";
    private static final Path BARE_DIR = Path.of("target/bench-startup");
    private static final String BARE_NAME = "Bare Window";
    private static final String FIRST_FRAME = "smoke-test: first frame rendered";
    /** The promise: the first frame within 1.5 s (median), on an otherwise idle machine. */
    private static final double TARGET_MS = 1500;
    private static final double CLOCK_TICKS_PER_SECOND = 100;

    /** One start: wall time from exec to the first frame, and the process's CPU time and RSS then. */
    record Start(double wallMs, double cpuMs, double rssMiB) {
    }

    private StartupBenchmark() {
    }

    static void startup(BenchOptions options) throws Exception {
        Path app = launcher(Path.of(options.text("image", APP_IMAGE)), APP_LAUNCHER);
        Path bare = launcher(bareImage(), BARE_NAME);
        int runs = options.number("runs", 7);
        Path config = Files.createTempDirectory("swb-startup");
        // One unmeasured start each: the settings file exists afterwards, as it does for a user.
        start(app, config);
        start(bare, config);
        List<Start> ours = new ArrayList<>();
        List<Start> baseline = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < runs; i++) {
            try {
                Start workbench = start(app, config);
                Start bareWindow = start(bare, config);
                ours.add(workbench);
                baseline.add(bareWindow);
                System.out.printf(Locale.ROOT, "run %d: workbench %s | bare %s%n", i + 1, describe(workbench),
                        describe(bareWindow));
            } catch (IllegalStateException e) {
                // The smoke test's own 60 s limit, on a machine loaded far beyond its cores.
                failed++;
                System.out.printf(Locale.ROOT, "run %d: not counted: %s%n", i + 1, e.getMessage());
            }
        }
        if (ours.isEmpty()) {
            throw new IllegalStateException("no start succeeded");
        }
        runs -= failed;
        System.out.println();
        System.out.println(BenchResult.header("workbench", "bare window"));
        System.out.println(new BenchResult("first frame, median of " + runs + " starts (wall)", "ms",
                median(ours, Start::wallMs), median(baseline, Start::wallMs), false, TARGET_MS).format());
        System.out.println(new BenchResult("CPU time until the first frame, median", "ms",
                median(ours, Start::cpuMs), median(baseline, Start::cpuMs), false, 0).format());
        System.out.println(new BenchResult("resident memory at the first frame, median", "MiB",
                median(ours, Start::rssMiB), median(baseline, Start::rssMiB), false, 0).format());
        System.out.println("(wall times follow the machine's load; the ratio and the CPU time less so)");
    }

    /** Both programs started without --smoke-test, left alone: their RSS after start and after idling, and the CPU time idling took. */
    static void idle(BenchOptions options) throws Exception {
        Path app = launcher(Path.of(options.text("image", APP_IMAGE)), APP_LAUNCHER);
        Path bare = launcher(bareImage(), BARE_NAME);
        long minutes = options.number("minutes", 10);
        Path config = Files.createTempDirectory("swb-idle");
        Process ours = process(app, config, false).start();
        Process baseline = process(bare, config, false).start();
        try {
            Thread.sleep(Duration.ofSeconds(20));
            double oursStart = rssMiB(ours.pid());
            double baseStart = rssMiB(baseline.pid());
            double oursCpu = cpuMs(ours.pid());
            double baseCpu = cpuMs(baseline.pid());
            System.out.printf(Locale.ROOT, "20 s after start: workbench %.0f MiB, bare %.0f MiB; idling %d min%n",
                    oursStart, baseStart, minutes);
            Thread.sleep(Duration.ofMinutes(minutes));
            System.out.println();
            System.out.println(BenchResult.header("workbench", "bare window"));
            System.out.println(new BenchResult("resident memory 20 s after start", "MiB", oursStart, baseStart, false, 0).format());
            System.out.println(new BenchResult("resident memory after " + minutes + " idle minutes", "MiB",
                    rssMiB(ours.pid()), rssMiB(baseline.pid()), false, 0).format());
            System.out.println(new BenchResult("CPU time per idle minute", "ms",
                    (cpuMs(ours.pid()) - oursCpu) / minutes, (cpuMs(baseline.pid()) - baseCpu) / minutes, false, 0).format());
        } finally {
            stop(ours);
            stop(baseline);
        }
    }

    private static Start start(Path launcher, Path config) throws Exception {
        ProcessBuilder builder = process(launcher, config, true);
        long begin = System.nanoTime();
        Process process = builder.start();
        List<String> other = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            Start start = null;
            while ((line = out.readLine()) != null) {
                if (start == null && line.startsWith(FIRST_FRAME)) {
                    double wall = (System.nanoTime() - begin) / 1e6;
                    start = new Start(wall, cpuMs(process.pid()), rssMiB(process.pid()));
                } else {
                    other.add(line);
                }
            }
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || start == null) {
                throw new IllegalStateException(launcher + " --smoke-test failed: " + other);
            }
            if (!other.isEmpty()) {
                System.out.println("output of " + launcher.getFileName() + " besides its line: " + other);
            }
            return start;
        } finally {
            process.destroyForcibly();
        }
    }

    private static ProcessBuilder process(Path launcher, Path config, boolean smokeTest) {
        ProcessBuilder builder = smokeTest ? new ProcessBuilder(launcher.toString(), "--smoke-test")
                : new ProcessBuilder(launcher.toString());
        builder.environment().put("XDG_CONFIG_HOME", config.toString());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        return builder.redirectErrorStream(true);
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** user + system time from /proc/PID/stat (the fields after the command name in parentheses). */
    private static double cpuMs(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / CLOCK_TICKS_PER_SECOND;
    }

    private static double rssMiB(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    private static String describe(Start start) {
        return String.format(Locale.ROOT, "%.0f ms, CPU %.0f ms, %.0f MiB", start.wallMs(), start.cpuMs(), start.rssMiB());
    }

    private static double median(List<Start> starts, java.util.function.ToDoubleFunction<Start> figure) {
        double[] sorted = starts.stream().mapToDouble(figure).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static Path launcher(Path image, String name) {
        Path launcher = image.resolve("bin").resolve(name);
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException(launcher + " is missing: build it first (mvn -B -Pinstaller clean package)");
        }
        return launcher;
    }

    /**
     * The bare window's image: {@link BareWindow} in a jar, jpackage'd with JavaFX from the app's
     * module directory, the app's jlink options (jpackage/image.txt), its JavaFX libraries put in place
     * and trained like the app (jpackage/javafx-natives.sh, jpackage/aot-train.sh).
     */
    private static Path bareImage() throws Exception {
        Path image = BARE_DIR.resolve("image").resolve(BARE_NAME);
        if (Files.isExecutable(image.resolve("bin").resolve(BARE_NAME))) {
            return image;
        }
        Path input = BARE_DIR.resolve("input");
        Files.createDirectories(input);
        writeJar(input.resolve("bare-window.jar"));
        String jdkBin = Path.of(System.getProperty("java.home"), "bin").toString();
        run(List.of(Path.of(jdkBin, "jpackage").toString(), "--type", "app-image", "--name", BARE_NAME,
                "--input", input.toString(), "--main-jar", "bare-window.jar",
                "--main-class", BareWindow.Launch.class.getName(),
                "--module-path", "target/jpackage/mods",
                "--add-modules", "javafx.controls", "--jlink-options", appJlinkOptions(),
                "--java-options", "--enable-native-access=javafx.graphics",
                "--dest", image.getParent().toString()));
        run(List.of("bash", "jpackage/javafx-natives.sh", image.toString(), "target/jpackage/mods"));
        run(List.of("bash", "jpackage/aot-train.sh", image.toString(), BARE_NAME, "bare-window.aot"));
        return image;
    }

    private static String appJlinkOptions() throws IOException {
        String prefix = "--jlink-options ";
        try (Stream<String> lines = Files.lines(Path.of("jpackage/image.txt"))) {
            return lines.filter(line -> line.startsWith(prefix)).findFirst()
                    .map(line -> line.substring(prefix.length()).replace("\"", ""))
                    .orElseThrow(() -> new IllegalStateException("no --jlink-options in jpackage/image.txt"));
        }
    }

    private static void writeJar(Path jar) throws Exception {
        Path classes = Path.of(BareWindow.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String packageDir = BareWindow.class.getPackageName().replace('.', '/');
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.list(classes.resolve(packageDir))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(BareWindow.class.getSimpleName())).toList()) {
                out.putNextEntry(new JarEntry(packageDir + "/" + file.getFileName()));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("failed (" + process.exitValue() + "): " + command);
        }
    }
}

package org.socketworkbench.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketworkbench.cli.CommandLines;
import org.socketworkbench.i18n.Language;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.multicast.ProbeCommand;
import org.socketworkbench.relay.RelayCommand;
import org.socketworkbench.script.RunCommand;
import org.socketworkbench.sendlisten.ListenCommand;
import org.socketworkbench.sendlisten.SendCommand;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --help} speaks the language chosen at start (the OS language): its words come from the
 * cli bundle, while the option names and the synopsis stay as they are typed.
 */
class HelpLanguageTest {

    @AfterEach
    void english() {
        Texts.use(Language.ENGLISH);
    }

    private static List<Object> commands() {
        return List.of(new SocketWorkbenchCommand(), new RunCommand(), new ProbeCommand(), new SendCommand(),
                new ListenCommand(), new RelayCommand());
    }

    @Test
    void theRelaysHelpReadsInEnglishOrInChinese() {
        Texts.use(Language.ENGLISH);
        String english = CommandLines.usage(new RelayCommand());
        assertTrue(english.contains("  --latency MS                     added delay, 0-60000 ms"), english);
        assertTrue(english.startsWith("Usage: socket-workbench relay tcp|udp"), english);

        Texts.use(Language.SIMPLIFIED_CHINESE);
        String chinese = CommandLines.usage(new RelayCommand());
        assertTrue(chinese.contains("  --latency MS                     增加的延迟，0-60000 ms"), chinese);
        assertTrue(chinese.startsWith("用法：socket-workbench relay tcp|udp LISTEN_PORT"), chinese);
        assertTrue(chinese.contains("退出码：0 所有连接都无错误地结束"), chinese);
        assertFalse(chinese.contains("added delay"), chinese);
    }

    @Test
    void theTopCommandListsItsCommandsInChinese() {
        Texts.use(Language.SIMPLIFIED_CHINESE);
        String help = CommandLines.usage(new SocketWorkbenchCommand());
        assertTrue(help.contains("命令：\n  run "), help);
        assertTrue(help.contains("  --help         显示本帮助"), help);
        assertTrue(help.contains("把 TCP 或 UDP 中继到目标"), help);
    }

    /**
     * The relay checks its options together in the language of the help (it used to switch to
     * English first, so these read English while picocli's own checks read the OS language).
     */
    @Test
    void theRelaysOptionErrorsFollowTheChosenLanguage() {
        Texts.use(Language.SIMPLIFIED_CHINESE);
        Run run = run(new RelayCommand(), List.of("tcp", "0", "127.0.0.1", "1",
                "--tls-listen-self-signed", "localhost", "--tls-listen-pkcs12", "none.p12"));
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains(Texts.get("relay.problem.oneTlsSource")), run.err());
        assertTrue(run.err().contains("只能选择一种证书"), run.err());
        assertEquals(Language.SIMPLIFIED_CHINESE, Texts.language(), "no run began, so the language stays");
        assertEquals("", run.out());
    }

    @Test
    void anUnknownOptionIsReportedInChineseWithTheHintWhereToLook() {
        Texts.use(Language.SIMPLIFIED_CHINESE);
        Run run = run(new SendCommand(), List.of("udp", "127.0.0.1", "9", "x", "--bogus"));
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("未知选项 '--bogus'"), run.err());
        assertTrue(run.err().contains("运行 'send --help' 查看选项。"), run.err());
    }

    /**
     * Bad arguments of every kind, to every command, read in Chinese: what picocli finds (a
     * missing argument or option, an unknown one, a value refused) in the project's words. Left in
     * Latin letters: what the user typed (quoted), option names, argument labels in capitals, and
     * the command names.
     */
    @Test
    void badArgumentsAreReportedInChinese() {
        Texts.use(Language.SIMPLIFIED_CHINESE);
        List<List<Object>> cases = List.of(
                List.of(new SendCommand()), List.of(new SendCommand(), "tcp"),
                List.of(new SendCommand(), "tcp", "127.0.0.1", "notaport", "x"),
                List.of(new SendCommand(), "tcp", "127.0.0.1", "9", "x", "--wait"),
                List.of(new SendCommand(), "tcp", "127.0.0.1", "9", "x", "--wait", "soon"),
                List.of(new ListenCommand()), List.of(new ListenCommand(), "tcp", "99999"),
                List.of(new ListenCommand(), "sctp", "5000"),
                List.of(new ProbeCommand()), List.of(new ProbeCommand(), "--group"),
                List.of(new ProbeCommand(), "--group", "239.1.2.3:5000", "--rate", "fast"),
                List.of(new RelayCommand()), List.of(new RelayCommand(), "tcp", "0", "127.0.0.1"),
                List.of(new RunCommand()), List.of(new SocketWorkbenchCommand(), "bogus"));
        List<String> english = new ArrayList<>();
        for (List<Object> input : cases) {
            List<String> args = input.subList(1, input.size()).stream().map(String::valueOf).toList();
            Run run = run(input.getFirst(), args);
            assertEquals(2, run.code(), args + ": " + run.err());
            String words = LATIN_KEPT.matcher(run.err()).replaceAll(" ");
            if (ENGLISH_WORD.matcher(words).find()) {
                english.add(args + " -> " + run.err());
            }
        }
        assertEquals(List.of(), english, "English left in the error messages");
    }

    /** What a command printed and its exit code. */
    private record Run(int code, String out, String err) {
    }

    private static Run run(Object command, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLines.execute(command, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Quoted input, options, labels in capitals, command names, file names, units. */
    private static final Pattern LATIN_KEPT = Pattern.compile(
            "'[^']*'|“[^”]*”|--?[\\w-]+|\\b[A-Z][A-Z0-9_]*\\b|socket-workbench|\\b(send|listen|probe|relay|run|tcp|udp|tls|ms|help)\\b|\\S+\\.(js|json|p12)\\b");
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{2,}");

    /** A missing text would print its key ("!cli.relay.latency!"); an untranslated one, English words. */
    @Test
    void everyCommandsHelpIsWholeInBothLanguages() {
        for (Language language : List.of(Language.ENGLISH, Language.SIMPLIFIED_CHINESE)) {
            Texts.use(language);
            for (Object command : commands()) {
                String help = CommandLines.usage(command);
                assertFalse(help.contains("!cli."), language + ": " + help);
                assertTrue(help.lines().count() > 4, help);
            }
        }
    }
}

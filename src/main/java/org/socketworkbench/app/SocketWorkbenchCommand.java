package org.socketworkbench.app;

import javafx.application.Application;
import org.socketworkbench.cli.HelpOption;
import org.socketworkbench.multicast.ProbeCommand;
import org.socketworkbench.sendlisten.ListenCommand;
import org.socketworkbench.sendlisten.SendCommand;
import org.socketworkbench.relay.RelayCommand;
import org.socketworkbench.script.RunCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * {@code socket-workbench}: without a command it opens the window; the headless commands are its
 * subcommands. A new command is one class annotated {@code @Command} plus its entry in
 * {@code subcommands} below; help, completion and exit codes follow from that.
 */
@Command(name = "socket-workbench",
        versionProvider = Versions.class,
        subcommands = {
            RunCommand.class,
            ProbeCommand.class,
            SendCommand.class,
            ListenCommand.class,
            RelayCommand.class,
        },
        customSynopsis = {
            "socket-workbench [--smoke-test]",
            "       socket-workbench COMMAND [options]"}) // i18n-ok: command-line help, English like every subcommand's
public final class SocketWorkbenchCommand implements Callable<Integer> {

    @Option(names = LaunchOptions.SMOKE_TEST)
    private boolean smokeTest;

    @Option(names = {"--version", "-V"}, versionHelp = true) // i18n-ok: command-line help, English like every subcommand's
    private boolean version;

    @Mixin
    private HelpOption help;

    /** Opens the window and waits until it closes; the exit code is the smoke test's (0 otherwise). */
    @Override
    public Integer call() {
        return openWindow(new LaunchOptions(smokeTest));
    }

    /** Opens the window and waits until it closes (also {@link Main}'s way for a plain start). */
    static int openWindow(LaunchOptions options) {
        if (options.smokeTest()) {
            SmokeTest.armWatchdog();
        }
        SettingsPreload.start(SocketWorkbenchApp::settingsStore);
        Application.launch(SocketWorkbenchApp.class, options.toParameters());
        return SmokeTest.exitCode();
    }
}

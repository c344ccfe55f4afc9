package org.socketworkbench.app;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which command lines open the window straight away, without picocli (a plain start). */
class LaunchOptionsTest {

    @Test
    void noArgumentsOrOnlyWindowFlagsOpenTheWindowDirectly() {
        assertEquals(Optional.of(new LaunchOptions(false)), LaunchOptions.windowOnly(List.of()));
        assertEquals(Optional.of(new LaunchOptions(true)), LaunchOptions.windowOnly(List.of("--smoke-test")));
    }

    @Test
    void everythingElseIsLeftToTheCommandLineParser() {
        for (List<String> args : List.of(List.of("--version"), List.of("--help"), List.of("run", "app.js"),
                List.of("--smoke-test", "--bogus"), List.of("--smoke-test=false"), List.of("-smoke-test"))) {
            assertEquals(Optional.empty(), LaunchOptions.windowOnly(args), args.toString());
        }
    }
}

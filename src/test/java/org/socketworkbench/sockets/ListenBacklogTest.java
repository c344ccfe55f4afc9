package org.socketworkbench.sockets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.testing.Commands;
import org.socketworkbench.testing.Eventually;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The backlog a listening socket really gets, as the kernel reports it ({@code ss}: a listening
 * socket's Send-Q is its backlog): chrome.socket's 5 when none is given, the workbench form's 128
 * when asked.
 */
class ListenBacklogTest {

    private final SocketEngine engine = SocketEngine.builder().build();
    private final SocketTracker tracker = new SocketTracker();
    private final SocketActions actions = new SocketActions(engine, tracker::record, Runnable::run);

    ListenBacklogTest() {
        engine.addObserver(tracker);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void theEngineKeepsChromesFiveAndTheWorkbenchAsksFor128() throws IOException {
        assumeTrue(Commands.installed("ss"), "ss (iproute2) is not installed");
        assertEquals(5, backlogOf(null));
        assertEquals(128, backlogOf(128));
    }

    private int backlogOf(Integer backlog) throws IOException {
        int before = tracker.rows().size();
        actions.openTcpServer("127.0.0.1", 0, backlog, false);
        Eventually.await(Duration.ofSeconds(10), () -> tracker.rows().size() > before && tracker.rows().stream()
                .anyMatch(r -> r.status() == SocketStatus.LISTENING && !r.local().isEmpty()
                        && r.id() == tracker.rows().getLast().id()), () -> tracker.rows().toString());
        String local = tracker.rows().getLast().local();
        String port = local.substring(local.lastIndexOf(':') + 1);
        String line = Commands.check(List.of("ss", "-ltnH", "sport = :" + port), Duration.ofSeconds(10)).strip();
        String[] fields = line.split("\\s+");
        assertTrue(fields.length >= 3 && fields[0].equals("LISTEN"), line);
        return Integer.parseInt(fields[2]);
    }
}

package org.socketworkbench.relay;

import org.socketworkbench.datafiles.JsonOutput;
import org.socketworkbench.engine.NetError;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** What the relay command prints: text lines, or JSON Lines ({@code --json}) of the records below. */
interface RelayReport {

    void started(Relay relay);

    void conversation(Conversation conversation, RelayEndpoints endpoints);

    void totals(Relay relay);

    /** {@code {"type":"started",...}} */
    record Started(String type, String protocol, String listen, String target, long seed, String toServer,
                   String toClient) {
    }

    /** {@code {"type":"connection",...}}: one ended conversation. */
    record Ended(String type, int number, String client, double seconds, long toServerBytes, long toClientBytes,
                 long dropped, long duplicated, long reordered, long corrupted, int result, String reason) {
    }

    /** {@code {"type":"totals",...}} */
    record Totals(String type, int connections, int errors, long toServerBytes, long toClientBytes, long dropped,
                  long duplicated, long reordered, long corrupted, long seed) {
    }

    static RelayReport text(PrintWriter out) {
        return new RelayReport() {
            @Override
            public void started(Relay relay) {
                Started s = startedOf(relay);
                line(out, "relay " + s.protocol() + " " + s.listen() + " → " + s.target() + " (seed " + s.seed()
                        + "; to server: " + s.toServer() + "; to client: " + s.toClient() + ")"); // i18n-ok: command output
            }

            @Override
            public void conversation(Conversation conversation, RelayEndpoints endpoints) {
                Ended e = endedOf(conversation);
                String losses = conversation.protocol() == RelayProtocol.UDP
                        ? String.format(Locale.ROOT, ", dropped %d, duplicated %d, reordered %d, corrupted %d",
                                e.dropped(), e.duplicated(), e.reordered(), e.corrupted()) : "";
                String result = e.result() < 0 ? NetError.describe(e.result()) + ": " : "";
                line(out, String.format(Locale.ROOT, "#%d %s ended after %.3f s: client→server %d B, " // i18n-ok: command output
                                + "server→client %d B%s; %s%s", e.number(), e.client(), e.seconds(),
                        e.toServerBytes(), e.toClientBytes(), losses, result, e.reason()));
            }

            @Override
            public void totals(Relay relay) {
                Totals t = totalsOf(relay);
                line(out, String.format(Locale.ROOT, "totals: %d connections (%d with an error), client→server %d B, " // i18n-ok: command output
                                + "server→client %d B, dropped %d, duplicated %d, reordered %d, corrupted %d; seed %d",
                        t.connections(), t.errors(), t.toServerBytes(), t.toClientBytes(), t.dropped(),
                        t.duplicated(), t.reordered(), t.corrupted(), t.seed()));
            }
        };
    }

    static RelayReport json(PrintWriter out) {
        return new RelayReport() {
            @Override
            public void started(Relay relay) {
                print(out, JsonOutput.line(startedOf(relay)));
            }

            @Override
            public void conversation(Conversation conversation, RelayEndpoints endpoints) {
                print(out, JsonOutput.line(endedOf(conversation)));
            }

            @Override
            public void totals(Relay relay) {
                print(out, JsonOutput.line(totalsOf(relay)));
            }
        };
    }

    private static void line(PrintWriter out, String text) {
        print(out, text + "\n");
    }

    private static void print(PrintWriter out, String text) {
        synchronized (out) {
            out.print(text);
            out.flush();
        }
    }

    private static Started startedOf(Relay relay) {
        RelayEndpoints e = relay.endpoints();
        RelaySettings s = relay.settings();
        return new Started("started", e.protocol().socketType(), e.listenAddress() + ":" + relay.listenPort(),
                e.targetHost() + ":" + e.targetPort(), s.seed(), s.toServer().describe(), s.toClient().describe());
    }

    private static Ended endedOf(Conversation c) {
        DirectionStats up = c.stats(RelayDirection.CLIENT_TO_SERVER);
        DirectionStats down = c.stats(RelayDirection.SERVER_TO_CLIENT);
        return new Ended("connection", c.number(), c.clientAddress() + ":" + c.clientPort(), c.durationNanos() / 1e9,
                up.bytesOut(), down.bytesOut(), up.dropped() + down.dropped(), up.duplicated() + down.duplicated(),
                up.reordered() + down.reordered(), up.corrupted() + down.corrupted(), c.resultCode(), c.reason());
    }

    private static Totals totalsOf(Relay relay) {
        List<Ended> all = relay.conversations().stream().map(RelayReport::endedOf).toList();
        return new Totals("totals", all.size(), (int) all.stream().filter(e -> e.result() < 0).count(),
                all.stream().mapToLong(Ended::toServerBytes).sum(), all.stream().mapToLong(Ended::toClientBytes).sum(),
                all.stream().mapToLong(Ended::dropped).sum(), all.stream().mapToLong(Ended::duplicated).sum(),
                all.stream().mapToLong(Ended::reordered).sum(), all.stream().mapToLong(Ended::corrupted).sum(),
                relay.settings().seed());
    }
}

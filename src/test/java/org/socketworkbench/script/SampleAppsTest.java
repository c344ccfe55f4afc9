package org.socketworkbench.script;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scripts in the style of the Chrome App samples (contract §8) run headless against each other on
 * loopback, each with an engine of its own like two apps, and check what they received.
 */
class SampleAppsTest {

    @Test
    void tcpServerWithAcceptLoopAnswersTwoTelnetStyleClients() {
        Scripts.Run server = Scripts.startHeadless("tcp-server.js", "{connections: 2}");
        String port = server.awaitLog("LISTENING ");
        Scripts.Run first = Scripts.startHeadless("telnet-client.js", "{port: " + port + ", text: 'hello'}");
        Scripts.Run second = Scripts.startHeadless("telnet-client.js", "{port: " + port + ", text: 'world'}");

        assertEquals(List.of("SENT 6", "RECEIVED echo: hello"), first.finished().logs());
        assertEquals(List.of("SENT 6", "RECEIVED echo: world"), second.finished().logs());
        List<String> served = server.finished().logs();
        assertEquals(2, served.stream().filter(line -> line.equals("ACCEPTED tcp from 127.0.0.1 connected=true")).count(), server.text());
        assertTrue(served.containsAll(List.of("GOT hello", "GOT world")), server.text());
        assertEquals(2, served.stream().filter(line -> line.startsWith("CLOSED ")).count(), server.text());
    }

    @Test
    void udpEchoOverAConnectedSocket() {
        Scripts.Run server = Scripts.startHeadless("udp-echo-server.js", "{datagrams: 2}");
        String port = server.awaitLog("BOUND ");
        Scripts.Run client = Scripts.startHeadless("udp-echo-client.js", "{port: " + port + ", messages: ['ping', 'pong!']}");

        assertEquals(List.of("ECHO ping (4)", "ECHO pong! (5)"), client.finished().logs());
        assertEquals(List.of("BOUND " + port, "ECHOED 4 to 127.0.0.1", "ECHOED 5 to 127.0.0.1"), server.finished().logs());
    }

    @Test
    void multicastChatOnLoopbackWithTtlSetBeforeBind() throws IOException {
        int[] ports = freeUdpPorts(2);
        String group = "239.255.71.3";
        Scripts.Run alice = Scripts.startHeadless("multicast-chat.js",
                "{group: '" + group + "', myPort: " + ports[0] + ", peerPort: " + ports[1] + ", name: 'alice'}");
        Scripts.Run bob = Scripts.startHeadless("multicast-chat.js",
                "{group: '" + group + "', myPort: " + ports[1] + ", peerPort: " + ports[0] + ", name: 'bob'}");

        List<String> aliceHeard = alice.finished().logs();
        List<String> bobHeard = bob.finished().logs();
        assertEquals("JOINED " + group, aliceHeard.getFirst());
        assertTrue(aliceHeard.contains("HEARD hello from bob from 127.0.0.1"), alice.text());
        assertTrue(bobHeard.contains("HEARD hello from alice from 127.0.0.1"), bob.text());
        assertTrue(aliceHeard.contains("LEFT 0") && bobHeard.contains("LEFT 0"), alice.text() + "\n" + bob.text());
    }

    @Test
    void mdnsStyleQueryFromOneSocketPerAdapterAddress() throws IOException {
        int port = freeUdpPorts(1)[0];
        String group = "239.255.71.4";
        Scripts.Run responder = Scripts.startHeadless("mdns-responder.js",
                "{group: '" + group + "', port: " + port + ", answers: 2}");
        responder.awaitLog("RESPONDING");
        Scripts.Run query = Scripts.startHeadless("mdns-query.js",
                "{group: '" + group + "', port: " + port + ", addresses: ['127.0.0.1', '127.0.0.2']}");

        List<String> answers = query.finished().logs();
        assertEquals("ADAPTERS listed", answers.getFirst());
        assertTrue(answers.containsAll(List.of("ANSWER on 127.0.0.1: service at 127.0.0.1",
                "ANSWER on 127.0.0.2: service at 127.0.0.2")), query.text());
        responder.finished();
    }

    /** Ports that were free a moment ago (the scripts bind them themselves, without SO_REUSEADDR). */
    private static int[] freeUdpPorts(int count) throws IOException {
        DatagramSocket[] sockets = new DatagramSocket[count];
        int[] ports = new int[count];
        try {
            for (int i = 0; i < count; i++) {
                sockets[i] = new DatagramSocket(0, InetAddress.getLoopbackAddress());
                ports[i] = sockets[i].getLocalPort();
            }
        } finally {
            for (DatagramSocket socket : sockets) {
                if (socket != null) {
                    socket.close();
                }
            }
        }
        return ports;
    }
}

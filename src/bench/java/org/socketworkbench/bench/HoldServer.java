package org.socketworkbench.bench;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * The far end of the idle-connection benchmark, in its own process (one process cannot hold
 * both ends of 10,000 connections within the 20,000-descriptor limit): accepts on loopback,
 * prints its port, holds every connection open and silent (closing it when the client closes)
 * until stdin closes.
 */
public final class HoldServer {

    private HoldServer() {
    }

    public static void main(String[] args) throws Exception {
        try (ServerSocketChannel server = ServerSocketChannel.open(); Selector selector = Selector.open()) {
            server.bind(new InetSocketAddress("127.0.0.1", 0), 4096);
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_ACCEPT);
            System.out.println(((InetSocketAddress) server.getLocalAddress()).getPort());
            System.out.flush();
            Thread.ofPlatform().daemon().start(() -> {
                try {
                    while (System.in.read() >= 0) {
                        // wait for the parent to close our stdin
                    }
                } catch (java.io.IOException ignored) {
                    // parent gone
                }
                System.exit(0);
            });
            ByteBuffer sink = ByteBuffer.allocate(4096);
            while (true) {
                selector.select();
                for (SelectionKey key : selector.selectedKeys()) {
                    if (key.isAcceptable()) {
                        SocketChannel channel;
                        while ((channel = server.accept()) != null) {
                            channel.configureBlocking(false);
                            channel.register(selector, SelectionKey.OP_READ);
                        }
                    } else if (key.isReadable()) {
                        sink.clear();
                        if (((SocketChannel) key.channel()).read(sink) < 0) {
                            key.channel().close();
                        }
                    }
                }
                selector.selectedKeys().clear();
            }
        }
    }
}

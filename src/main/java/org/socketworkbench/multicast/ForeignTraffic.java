package org.socketworkbench.multicast;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts a channel's foreign datagrams per source, listing at most a fixed number of sources. Not thread-safe. */
final class ForeignTraffic {

    private final int maxSources;
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private long packets;
    private long bytes;
    private long unlisted;

    ForeignTraffic(int maxSources) {
        this.maxSources = maxSources;
    }

    void add(String address, int port, int size, String reason) {
        packets++;
        bytes += size;
        String key = address + "|" + port;
        Source source = sources.get(key);
        if (source == null && sources.size() >= maxSources) {
            unlisted++;
            return;
        }
        if (source == null) {
            source = new Source(address, port);
            sources.put(key, source);
        }
        source.packets++;
        source.bytes += size;
        source.lastReason = reason;
    }

    ForeignSnapshot snapshot() {
        List<ForeignSource> list = sources.values().stream()
                .map(s -> new ForeignSource(s.address, s.port, s.packets, s.bytes, s.lastReason))
                .toList();
        return new ForeignSnapshot(packets, bytes, list, unlisted);
    }

    private static final class Source {
        private final String address;
        private final int port;
        private long packets;
        private long bytes;
        private String lastReason = "";

        private Source(String address, int port) {
            this.address = address;
            this.port = port;
        }
    }
}

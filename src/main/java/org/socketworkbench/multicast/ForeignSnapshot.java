package org.socketworkbench.multicast;

import java.util.List;

/**
 * The foreign (non-probe) traffic of one channel: counted, never rejected.
 *
 * @param packets         all foreign datagrams
 * @param bytes           their bytes
 * @param sources         per source, in order of first appearance (at most {@link RosterLimits#maxForeignSources()})
 * @param unlistedPackets datagrams from sources beyond that limit (included in {@code packets})
 */
public record ForeignSnapshot(long packets, long bytes, List<ForeignSource> sources, long unlistedPackets) {

    public ForeignSnapshot {
        sources = List.copyOf(sources);
    }
}

package org.socketworkbench.multicast;

import java.util.Objects;

/** The outcome of {@link ProbeCodec#decode}: a probe, or the reason the bytes are not one. */
public sealed interface ProbeDecoding {

    /** The datagram is a probe. */
    record Probe(ProbePacket packet) implements ProbeDecoding {
        public Probe {
            Objects.requireNonNull(packet, "packet");
        }
    }

    /**
     * The datagram is not a readable probe.
     *
     * @param reason the kind of problem
     * @param detail a sentence for users, e.g. "probe version 7, this build reads version 1"
     */
    record Rejected(ProbeRejection reason, String detail) implements ProbeDecoding {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }
}

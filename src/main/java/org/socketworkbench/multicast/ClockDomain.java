package org.socketworkbench.multicast;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides whether a probe's send time is on the receiver's clock, so that one-way latency
 * (receive time - send time) means something. It is, when:
 * <ul>
 *   <li>the sender runs in this JVM (its id was registered with {@link #addLocalSender}): both
 *       read the same {@link ProbeClock};</li>
 *   <li>the probe's host name equals ours (ignoring case): another process on this host, whose
 *       {@link ProbeClock} was anchored to the same wall clock. A different machine that uses
 *       the same name (or a sender started with {@code --id} set to our name) fools this rule,
 *       and a wall-clock step between the two processes' starts shifts their latency;</li>
 *   <li>the user declared all clocks synchronized (PTP or GPS), as iperf2's {@code --trip-times}
 *       assumes.</li>
 * </ul>
 * Thread-safe.
 */
public final class ClockDomain {

    private final String localHostName;
    private final boolean clocksSynchronized;
    private final Set<Long> localSenders = ConcurrentHashMap.newKeySet();

    /**
     * @param localHostName      this host's name, as our own senders announce it ("" to never match by name)
     * @param clocksSynchronized trust every sender's clock
     */
    public ClockDomain(String localHostName, boolean clocksSynchronized) {
        this.localHostName = Objects.requireNonNull(localHostName, "localHostName");
        this.clocksSynchronized = clocksSynchronized;
    }

    /** Registers a sender of this JVM. */
    public void addLocalSender(long senderId) {
        localSenders.add(senderId);
    }

    /** Whether a sender of this JVM has this id (its probes carry our clock; reports on it give our RTT). */
    public boolean isLocalSender(long senderId) {
        return localSenders.contains(senderId);
    }

    /** Whether the probe's send time can be compared with our receive time. */
    public boolean sharesClock(ProbePacket probe) {
        return clocksSynchronized
                || localSenders.contains(probe.senderId())
                || !localHostName.isEmpty() && isLocalName(probe.hostName());
    }

    /**
     * A sender's probes decoded by one receiver share one host-name string
     * ({@link RecentFields}), so the answer for the latest name is kept: the case-insensitive
     * comparison then runs once per name, not once per probe.
     */
    private boolean isLocalName(String hostName) {
        NameMatch last = lastName;
        if (last != null && last.name() == hostName) {
            return last.local();
        }
        boolean local = localHostName.equalsIgnoreCase(hostName);
        lastName = new NameMatch(hostName, local);
        return local;
    }

    private record NameMatch(String name, boolean local) {
    }

    private volatile NameMatch lastName;
}

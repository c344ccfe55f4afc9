package org.socketworkbench.engine;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The source-specific multicast extension on lo (nothing is sent): results and errors of
 * joinSourceGroup, leaveSourceGroup and blockSource. Delivery is tested between namespaces in
 * multicast.SourceSpecificJoinTest.
 */
class SourceSpecificMulticastTest {

    private static final String SSM_GROUP = "232.1.2.3";
    private final SocketEngine engine = SocketEngine.builder().build();
    private final Sync sync = new Sync(engine);

    @AfterEach
    void close() {
        engine.close();
    }

    private int boundOnLo() {
        int id = sync.create("udp");
        assertEquals(0, sync.value((Callback<Integer> cb) -> engine.setMulticastInterface(id, "lo", cb)));
        assertEquals(0, sync.value((Callback<Integer> cb) -> engine.bind(id, "0.0.0.0", 0, cb)));
        return id;
    }

    private int join(int id, String group, String source) {
        return sync.value((Callback<Integer> cb) -> engine.joinSourceGroup(id, group, source, cb));
    }

    @Test
    void aSourceSpecificJoinCanBeLeftOnceAndIsNotListedAsAGroup() {
        int id = boundOnLo();
        assertEquals(0, join(id, SSM_GROUP, "127.0.0.1"));
        assertEquals(-108, join(id, SSM_GROUP, "127.0.0.1"), "the same (S,G) twice");
        assertEquals(0, join(id, SSM_GROUP, "127.0.0.2"), "a second source of the group");
        assertEquals(java.util.List.of(), sync.value((Callback<java.util.List<String>> cb) -> engine.getJoinedGroups(id, cb)));
        assertEquals(0, sync.value((Callback<Integer> cb) -> engine.leaveSourceGroup(id, SSM_GROUP, "127.0.0.1", cb)));
        assertEquals(-108, sync.value((Callback<Integer> cb) -> engine.leaveSourceGroup(id, SSM_GROUP, "127.0.0.1", cb)));
    }

    @Test
    void badSourcesAndUnboundSocketsAreRefused() {
        int id = boundOnLo();
        assertEquals(-108, join(id, SSM_GROUP, "239.1.1.1"), "a multicast source");
        assertEquals(-108, join(id, SSM_GROUP, "::1"), "a source of the other family");
        assertEquals(-108, join(id, SSM_GROUP, "not-an-address"));
        int fresh = sync.create("udp");
        assertEquals(-15, join(fresh, SSM_GROUP, "127.0.0.1"), "before bind");
    }

    @Test
    void blockingNeedsAnAnySourceJoinOfTheGroup() {
        int id = boundOnLo();
        String group = "239.255.42.77";
        assertEquals(-108, sync.value((Callback<Integer> cb) -> engine.blockSource(id, group, "127.0.0.1", true, cb)));
        assertEquals(0, sync.value((Callback<Integer> cb) -> engine.joinGroup(id, group, cb)));
        assertEquals(0, sync.value((Callback<Integer> cb) -> engine.blockSource(id, group, "127.0.0.1", true, cb)));
        assertEquals(0, sync.value((Callback<Integer> cb) -> engine.blockSource(id, group, "127.0.0.1", false, cb)));
        assertEquals(-108, join(id, group, "127.0.0.1"), "the OS refuses (S,G) beside an any-source join of G");
    }
}

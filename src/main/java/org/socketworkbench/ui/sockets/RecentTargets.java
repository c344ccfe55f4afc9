package org.socketworkbench.ui.sockets;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/** The hosts and ports the user connected to lately, newest first; the forms start from them. */
public final class RecentTargets {

    private static final int KEEP = 10;

    private final Deque<String> targets = new ArrayDeque<>();
    private final Consumer<List<String>> onChange;

    public RecentTargets(List<String> saved, Consumer<List<String>> onChange) {
        targets.addAll(saved.stream().limit(KEEP).toList());
        this.onChange = onChange;
    }

    public String host() {
        String last = targets.peekFirst();
        return last == null ? "127.0.0.1" : last.substring(0, last.lastIndexOf(' '));
    }

    public String port() {
        String last = targets.peekFirst();
        return last == null ? "" : last.substring(last.lastIndexOf(' ') + 1);
    }

    public void remember(String host, String port) {
        String target = host + " " + port;
        targets.remove(target);
        targets.addFirst(target);
        while (targets.size() > KEEP) {
            targets.removeLast();
        }
        onChange.accept(List.copyOf(targets));
    }
}

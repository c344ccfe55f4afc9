package org.socketworkbench.ui.multicast;

import javafx.stage.Window;
import org.socketworkbench.multicast.GroupAddress;
import org.socketworkbench.multicast.GroupSettings;
import org.socketworkbench.multicast.SourceList;
import org.socketworkbench.sockets.InputCheck;
import org.socketworkbench.ui.forms.FormDialog;
import org.socketworkbench.ui.forms.FormValues;

import java.net.InetAddress;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The validated form that adds a group to the multicast view: address, port, sources (for a
 * source-specific join), TTL, loopback.
 */
final class GroupForm {

    private GroupForm() {
    }

    /** Asks for a group; empty when cancelled. */
    static Optional<GroupSettings> ask(Window owner) {
        // The form checks its fields in order on every change: the group's check runs first and
        // leaves its text here for the sources' family check.
        AtomicReference<String> groupText = new AtomicReference<>("");
        return FormDialog.titled("Add multicast group", "A group to join per adapter and to send probes to")
                .text("group", "Group address", "239.255.0.1", "IPv4 224.0.0.0/4 or IPv6 ff00::/8, without a %zone",
                        text -> {
                            groupText.set(text);
                            return address(text);
                        })
                .text("port", "Port", "5000", "UDP port, 1 to 65535", text -> InputCheck.positive(text, "Port", 65535))
                .text("sources", "Sources (SSM)", "", "Empty: receive from any source. Otherwise the unicast "
                        + "addresses to receive from, separated by commas or spaces (source-specific join, "
                        + "IPv4 232.0.0.0/8 or IPv6 ff3x::)", text -> sources(text, groupText.get()))
                .text("ttl", "TTL", "1", "TTL (IPv6 hop limit) of the probes: 0 stays on this host, 1 this link",
                        InputCheck::ttl)
                .flag("loopback", "Loopback: this host receives its own probes", true,
                        "Off: receivers on this host do not see the probes this host sends")
                .show(owner)
                .map(GroupForm::settings);
    }

    static Optional<String> address(String text) {
        if (text != null && text.contains("%")) {
            return Optional.of("Leave out the %zone: the matrix chooses the adapter for each join");
        }
        return InputCheck.multicastGroup(text);
    }

    /** The sources' problem, family included when the group field holds a valid group. */
    static Optional<String> sources(String text, String groupText) {
        InetAddress group = address(groupText).isEmpty() ? InetAddress.ofLiteral(groupText.strip()) : null;
        return SourceList.problem(text, group);
    }

    private static GroupSettings settings(FormValues values) {
        GroupAddress group = new GroupAddress(InetAddress.ofLiteral(values.text("group").strip()), values.integer("port"), "");
        return new GroupSettings(group, values.integer("ttl"), values.flag("loopback"),
                SourceList.parse(values.text("sources")));
    }
}

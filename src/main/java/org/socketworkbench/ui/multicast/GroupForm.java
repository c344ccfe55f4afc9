package org.socketworkbench.ui.multicast;

import javafx.stage.Window;
import org.socketworkbench.multicast.GroupAddress;
import org.socketworkbench.multicast.GroupSettings;
import org.socketworkbench.sockets.InputCheck;
import org.socketworkbench.ui.forms.FormDialog;
import org.socketworkbench.ui.forms.FormValues;

import java.net.InetAddress;
import java.util.Optional;

/** The validated form that adds a group to the multicast view: address, port, TTL, loopback. */
final class GroupForm {

    private GroupForm() {
    }

    /** Asks for a group; empty when cancelled. */
    static Optional<GroupSettings> ask(Window owner) {
        return FormDialog.titled("Add multicast group", "A group to join per adapter and to send probes to")
                .text("group", "Group address", "239.255.0.1", "IPv4 224.0.0.0/4 or IPv6 ff00::/8, without a %zone",
                        GroupForm::address)
                .text("port", "Port", "5000", "UDP port, 1 to 65535", text -> InputCheck.positive(text, "Port", 65535))
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

    private static GroupSettings settings(FormValues values) {
        GroupAddress group = new GroupAddress(InetAddress.ofLiteral(values.text("group")), values.integer("port"), "");
        return new GroupSettings(group, values.integer("ttl"), values.flag("loopback"));
    }
}

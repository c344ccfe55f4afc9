package org.socketworkbench.ui.multicast;

import org.socketworkbench.i18n.Texts;
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
        return FormDialog.titled(Texts.get("multicast.groupForm.title"), Texts.get("multicast.groupForm.subtitle"))
                .text("group", Texts.get("multicast.groupForm.group"), "239.255.0.1", Texts.get("multicast.groupForm.group.hint"),
                        text -> {
                            groupText.set(text);
                            return address(text);
                        })
                .text("port", Texts.get("multicast.groupForm.port"), "5000", Texts.get("multicast.groupForm.port.hint"),
                        text -> InputCheck.positive(text, Texts.get("multicast.groupForm.port"), 65535))
                .text("sources", Texts.get("multicast.groupForm.sources"), "", Texts.get("multicast.groupForm.sources.hint"),
                        text -> sources(text, groupText.get()))
                .text("ttl", "TTL", "1", Texts.get("multicast.groupForm.ttl.hint"), InputCheck::ttl)
                .flag("loopback", Texts.get("multicast.groupForm.loopback"), true,
                        Texts.get("multicast.groupForm.loopback.hint"))
                .show(owner)
                .map(GroupForm::settings);
    }

    static Optional<String> address(String text) {
        if (text != null && text.contains("%")) {
            return Optional.of(Texts.get("multicast.groupForm.noZone"));
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

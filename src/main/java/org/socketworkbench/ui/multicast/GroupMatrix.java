package org.socketworkbench.ui.multicast;

import org.socketworkbench.ui.FxTexts;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.socketworkbench.multicast.Channel;
import org.socketworkbench.multicast.GroupAddress;
import org.socketworkbench.multicast.GroupSettings;
import org.socketworkbench.multicast.SourceList;
import org.socketworkbench.multicast.WorkspaceSnapshot;
import org.socketworkbench.ui.StyleClasses;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The groups × adapters matrix: one row per group, one join toggle per adapter, then the group's
 * probe sender controls. Rebuilt only when the groups or the adapters change; otherwise each
 * refresh just updates the cells, so typed values and focus survive.
 */
final class GroupMatrix extends GridPane {

    private static final List<String> SENDER_HEADERS = List.of("multicast.matrix.sendFrom",
            "multicast.matrix.source", "multicast.matrix.rate", "multicast.matrix.size", "multicast.matrix.ttl", "",
            "multicast.matrix.sender");

    private final MulticastViewModel model;
    private final Map<Channel, MembershipCell> cells = new HashMap<>();
    private final Map<GroupAddress, SenderControls> senders = new HashMap<>();
    private List<GroupSettings> shownGroups;
    private List<String> shownAdapters = List.of();

    GroupMatrix(MulticastViewModel model) {
        this.model = model;
        setId("groupMatrix");
        getStyleClass().add(StyleClasses.GROUP_MATRIX);
        setHgap(6);
        setVgap(4);
        model.adapterNames().addListener((ListChangeListener<String>) change -> show(model.snapshotProperty().get()));
        model.snapshotProperty().addListener((obs, old, snapshot) -> show(snapshot));
        show(model.snapshotProperty().get());
    }

    /** The join toggle of a group on an adapter, if both are shown (for tests). */
    MembershipCell cell(Channel channel) {
        return cells.get(channel);
    }

    private void show(WorkspaceSnapshot snapshot) {
        if (!snapshot.groups().equals(shownGroups) || !model.adapterNames().equals(shownAdapters)) {
            rebuild(snapshot.groups(), List.copyOf(model.adapterNames()));
        }
        cells.values().forEach(cell -> cell.show(snapshot.membership(cell.channel())));
        senders.forEach((group, controls) -> controls.show(snapshot.sender(group)));
    }

    private void rebuild(List<GroupSettings> groups, List<String> adapters) {
        shownGroups = groups;
        shownAdapters = adapters;
        getChildren().clear();
        cells.keySet().removeIf(channel -> !adapters.contains(channel.iface())
                || groups.stream().noneMatch(g -> g.group().equals(channel.group())));
        senders.keySet().removeIf(group -> groups.stream().noneMatch(g -> g.group().equals(group)));
        if (groups.isEmpty()) {
            add(FxTexts.bind(new Label(), "multicast.matrix.empty"), 0, 0);
            return;
        }
        header(FxTexts.bind(new Label(), "multicast.matrix.group"), 0);
        for (int a = 0; a < adapters.size(); a++) {
            header(new Label(adapters.get(a)), 1 + a);
        }
        for (int h = 0; h < SENDER_HEADERS.size(); h++) {
            String key = SENDER_HEADERS.get(h);
            header(key.isEmpty() ? new Label() : FxTexts.bind(new Label(), key), 1 + adapters.size() + h);
        }
        for (int row = 0; row < groups.size(); row++) {
            addRow(row, groups.get(row), adapters);
        }
    }

    private void header(Label label, int column) {
        label.getStyleClass().add(StyleClasses.MATRIX_HEADER);
        add(label, column, 0);
    }

    private void addRow(int row, GroupSettings settings, List<String> adapters) {
        int gridRow = row + 1;
        add(groupLabel(row, settings), 0, gridRow);
        for (int a = 0; a < adapters.size(); a++) {
            Channel channel = new Channel(settings.group(), adapters.get(a));
            MembershipCell cell = cells.computeIfAbsent(channel, c -> new MembershipCell(c, model::toggle));
            cell.setId("join-" + row + "-" + adapters.get(a));
            add(cell, 1 + a, gridRow);
        }
        SenderControls controls = senders.computeIfAbsent(settings.group(),
                g -> new SenderControls(settings, model.adapterNames(), model));
        controls.identify(row);
        int column = 1 + adapters.size();
        for (var node : controls.nodes()) {
            add(node, column++, gridRow);
        }
    }

    private HBox groupLabel(int row, GroupSettings settings) {
        Label group = new Label(settings.group().toString());
        group.getStyleClass().add(StyleClasses.MATRIX_GROUP);
        Label options = new Label();
        options.textProperty().bind(settings.sourceSpecific()
                ? FxTexts.text("multicast.matrix.options.ssm", settings.ttl(),
                        FxTexts.text(settings.loopback() ? "multicast.on" : "multicast.off"),
                        SourceList.toText(settings.sources()))
                : FxTexts.text("multicast.matrix.options", settings.ttl(),
                        FxTexts.text(settings.loopback() ? "multicast.on" : "multicast.off")));
        options.getStyleClass().add(StyleClasses.MATRIX_GROUP_OPTIONS);
        Button remove = new Button("\u2715");
        remove.setId("removeGroup-" + row);
        remove.setTooltip(FxTexts.tooltip("multicast.matrix.remove", settings.group()));
        remove.setOnAction(e -> model.removeGroup(settings.group()));
        HBox box = new HBox(6, remove, new VBox(group, options));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}

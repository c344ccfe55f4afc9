package org.socketworkbench.ui.replies;

import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.socketworkbench.replies.FramingMode;
import org.socketworkbench.replies.MatchOn;
import org.socketworkbench.replies.MatchType;
import org.socketworkbench.replies.ReplyMode;
import org.socketworkbench.replies.RuleProblem;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.traffic.PayloadFormat;
import org.socketworkbench.ui.Buttons;
import org.socketworkbench.ui.PaneHeader;

import java.util.function.Function;

/**
 * The reply-rules editor for the selected socket: whether it answers, echo / fixed reply / rules,
 * how a TCP stream is cut into messages, the ordered rule table with hit counters and switches,
 * and a form for the selected rule whose fields mark a problem where it is.
 */
public final class ReplyRulesPane extends BorderPane {

    private static final String ERROR = "field-error";
    private static final String TEMPLATE_HELP = "Reply template: text with \\r \\n \\xNN, macros such as {{COUNTER}}, "
            + "{{TIME}}, {{CRC16_MODBUS}}, and the pattern's groups $1..$9, ${name}";

    private final ReplyRulesModel model;
    private final TableView<RuleRowModel> table = new TableView<>();
    private final VBox ruleForm = new VBox(6);
    private final TextField pattern = field("rulePattern", 18, "Text, hex bytes (01 03) or a regex, by the match type");
    private final TextField reply = field("ruleReply", 18, TEMPLATE_HELP);
    private final TextField delay = field("ruleDelay", 5, "Milliseconds to wait before replying");
    private final ChoiceBox<MatchType> match = choice("ruleMatch", MatchType.values());
    private final ChoiceBox<MatchOn> on = choice("ruleOn", MatchOn.values());
    private final ChoiceBox<PayloadFormat> replyFormat = choice("ruleReplyFormat", PayloadFormat.values());
    private final CheckBox stop = new CheckBox("stop here");
    private final Label ruleProblem = new Label();
    private RuleRowModel shown;

    public ReplyRulesPane(ReplyRulesModel model) {
        this.model = model;
        setId("replyRules");
        createView();
    }

    private void createView() {
        Label target = new Label();
        target.textProperty().bind(Bindings.createStringBinding(() -> describe(model.targetProperty().get()),
                model.targetProperty()));
        CheckBox answering = new CheckBox("Answer");
        answering.setId("repliesAnswering");
        answering.setTooltip(new Tooltip("Reply to what this socket receives (a server: every connection)"));
        answering.selectedProperty().bindBidirectional(model.answeringProperty());
        // Off with problems: it can be switched on once they are fixed (and off at any time).
        answering.disableProperty().bind(model.targetProperty().isNull()
                .or(model.canAnswerProperty().not().and(model.answeringProperty().not())));

        ChoiceBox<ReplyMode> mode = choice("repliesMode", ReplyMode.values());
        mode.valueProperty().bindBidirectional(model.modeProperty());
        ChoiceBox<FramingMode> framing = choice("repliesFraming", FramingMode.values());
        framing.valueProperty().bindBidirectional(model.framingProperty());
        framing.setTooltip(new Tooltip("How a TCP stream is cut into messages (UDP: each datagram)"));
        TextField delimiter = field("repliesDelimiter", 4, "End of a message, with escapes: \\r\\n, \\n, \\x03");
        delimiter.textProperty().bindBidirectional(model.delimiterProperty());
        delimiter.visibleProperty().bind(model.framingProperty().isEqualTo(FramingMode.DELIMITER));
        delimiter.managedProperty().bind(delimiter.visibleProperty());
        TextField length = field("repliesLength", 4, "Bytes per message");
        length.textProperty().bindBidirectional(model.lengthProperty());
        length.visibleProperty().bind(model.framingProperty().isEqualTo(FramingMode.FIXED_LENGTH));
        length.managedProperty().bind(length.visibleProperty());
        TextField charset = field("repliesCharset", 7, "Charset of text patterns and replies");
        charset.textProperty().bindBidirectional(model.charsetProperty());
        FlowPane settings = new FlowPane(8, 6, answering, mode, row(new Label("messages"), framing, delimiter, length),
                row(new Label("charset"), charset));

        TextField fixed = field("repliesFixed", 24, TEMPLATE_HELP + " ($0: the message)");
        fixed.textProperty().bindBidirectional(model.fixedReplyProperty());
        ChoiceBox<PayloadFormat> fixedFormat = choice("repliesFixedFormat", PayloadFormat.values());
        fixedFormat.valueProperty().bindBidirectional(model.fixedFormatProperty());
        HBox fixedRow = row(new Label("Reply"), fixed, fixedFormat);
        HBox.setHgrow(fixed, Priority.ALWAYS);
        fixedRow.visibleProperty().bind(model.modeProperty().isEqualTo(ReplyMode.FIXED));
        fixedRow.managedProperty().bind(fixedRow.visibleProperty());

        createTable();
        Button add = Buttons.of("Add rule", "repliesAdd", "Add a rule at the end", () -> table.getSelectionModel().select(model.addRule()));
        Button remove = Buttons.of("Remove", "repliesRemove", "Remove the selected rule", () -> selected(model::remove));
        Button up = Buttons.of("Up", "repliesUp", "Try the selected rule earlier", () -> selected(r -> model.move(r, -1)));
        Button down = Buttons.of("Down", "repliesDown", "Try the selected rule later", () -> selected(r -> model.move(r, 1)));
        HBox tableButtons = row(add, remove, up, down);
        VBox rulesBox = new VBox(6, table, tableButtons, createRuleForm());
        VBox.setVgrow(table, Priority.ALWAYS);
        rulesBox.visibleProperty().bind(model.modeProperty().isEqualTo(ReplyMode.RULES));
        rulesBox.managedProperty().bind(rulesBox.visibleProperty());

        Label setProblem = new Label();
        setProblem.setId("repliesSetProblem");
        setProblem.getStyleClass().add("form-problem");
        setProblem.textProperty().bind(model.setProblemProperty());
        Label status = new Label();
        status.setId("repliesStatus");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);

        VBox body = new VBox(6, settings, fixedRow, rulesBox, setProblem, status);
        body.setPadding(new Insets(6, 8, 6, 8));
        VBox.setVgrow(rulesBox, Priority.ALWAYS);
        // The pane shares the left column: in a short slot it scrolls instead of squeezing the table away.
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        body.setMinHeight(380);
        Button importFile = Buttons.of("Import…", "repliesImport", "Read a rule set from a JSON file", () -> chooseFile(true));
        Button exportFile = Buttons.of("Export…", "repliesExport", "Save this rule set as a JSON file", () -> chooseFile(false));
        setTop(new PaneHeader("Replies", target, importFile, exportFile));
        setCenter(scroll);
        model.problems().addListener((javafx.collections.ListChangeListener<RuleProblem>) c -> markProblems());
    }

    private void createTable() {
        table.setId("repliesTable");
        table.setEditable(true);
        table.setPrefHeight(120);
        table.setMinHeight(96);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setPlaceholder(new Label("No rules: add one"));
        TableColumn<RuleRowModel, Boolean> enabled = new TableColumn<>("On");
        enabled.setCellValueFactory(c -> c.getValue().enabledProperty());
        enabled.setCellFactory(CheckBoxTableCell.forTableColumn(enabled));
        enabled.setEditable(true);
        enabled.setPrefWidth(32);
        table.getColumns().add(enabled);
        table.getColumns().add(column("Match", 80, r -> Bindings.createStringBinding(
                () -> r.matchProperty().get() + (r.onProperty().get() == MatchOn.HEX ? " (hex)" : ""), r.matchProperty(), r.onProperty())));
        table.getColumns().add(column("Pattern", 100, RuleRowModel::patternProperty));
        table.getColumns().add(column("Reply", 100, RuleRowModel::replyProperty));
        table.getColumns().add(column("Delay", 44, RuleRowModel::delayProperty));
        table.getColumns().add(column("Stop", 38, r -> Bindings.when(r.stopProperty()).then("stop").otherwise("")));
        table.getColumns().add(column("Hits", 44, r -> r.hitsProperty().asString()));
        table.getColumns().add(column("Problem", 160, RuleRowModel::problemProperty));
        table.setItems(model.rules());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> show(now));
    }

    private static TableColumn<RuleRowModel, String> column(String title, double width,
                                                            Function<RuleRowModel, javafx.beans.value.ObservableValue<String>> value) {
        TableColumn<RuleRowModel, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        column.setPrefWidth(width);
        column.setEditable(false);
        return column;
    }

    private VBox createRuleForm() {
        stop.setId("ruleStop");
        stop.setTooltip(new Tooltip("When this rule matches, later rules are not tried for the message"));
        ruleProblem.setId("ruleProblem");
        ruleProblem.getStyleClass().add("form-problem");
        GridPane form = new GridPane(6, 6);
        form.addRow(0, new Label("When"), row(on, match));
        form.addRow(1, new Label("pattern"), pattern);
        form.addRow(2, new Label("reply"), reply);
        form.addRow(3, new Label("as"), row(replyFormat, new Label("after"), delay, new Label("ms"), stop));
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, fields);
        ruleForm.getChildren().setAll(form, ruleProblem);
        ruleForm.setDisable(true);
        return ruleForm;
    }

    /** Binds the form to {@code row} (unbinding the one shown before). */
    private void show(RuleRowModel row) {
        if (shown != null) {
            unbind(pattern.textProperty(), shown.patternProperty());
            unbind(reply.textProperty(), shown.replyProperty());
            unbind(delay.textProperty(), shown.delayProperty());
            unbind(match.valueProperty(), shown.matchProperty());
            unbind(on.valueProperty(), shown.onProperty());
            unbind(replyFormat.valueProperty(), shown.replyFormatProperty());
            unbind(stop.selectedProperty(), shown.stopProperty());
            ruleProblem.textProperty().unbind();
        }
        shown = row;
        ruleForm.setDisable(row == null);
        if (row == null) {
            ruleProblem.setText("");
            return;
        }
        pattern.textProperty().bindBidirectional(row.patternProperty());
        reply.textProperty().bindBidirectional(row.replyProperty());
        delay.textProperty().bindBidirectional(row.delayProperty());
        match.valueProperty().bindBidirectional(row.matchProperty());
        on.valueProperty().bindBidirectional(row.onProperty());
        replyFormat.valueProperty().bindBidirectional(row.replyFormatProperty());
        stop.selectedProperty().bindBidirectional(row.stopProperty());
        ruleProblem.textProperty().bind(row.problemProperty());
        markProblems();
    }

    /** Marks the field of the shown rule's first problem; the message says the position. */
    private void markProblems() {
        for (TextInputControl field : new TextInputControl[] {pattern, reply, delay}) {
            field.getStyleClass().remove(ERROR);
        }
        RuleProblem problem = shown == null ? null : shown.firstProblem();
        if (problem == null) {
            return;
        }
        TextInputControl field = switch (problem.field()) {
            case PATTERN -> pattern;
            case REPLY -> reply;
            case DELAY -> delay;
            default -> null;
        };
        if (field != null) {
            field.getStyleClass().add(ERROR);
            field.setTooltip(new Tooltip(problem.message()));
        }
    }

    private void chooseFile(boolean open) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(open ? "Import reply rules" : "Export reply rules");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Reply rules (*.json)", "*.json"));
        if (!open) {
            chooser.setInitialFileName("reply-rules.json");
        }
        java.io.File chosen = open ? chooser.showOpenDialog(getScene().getWindow()) : chooser.showSaveDialog(getScene().getWindow());
        if (chosen != null) {
            if (open) {
                model.importFrom(chosen.toPath());
            } else {
                model.exportTo(chosen.toPath());
            }
        }
    }

    private void selected(java.util.function.Consumer<RuleRowModel> action) {
        RuleRowModel row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            action.accept(row);
            table.getSelectionModel().select(row);
        }
    }

    private static <T> void unbind(Property<T> a, Property<T> b) {
        a.unbindBidirectional(b);
    }

    private static String describe(SocketRow row) {
        return row == null ? "no socket selected" : "socket " + row.id() + " · " + row.typeLabel();
    }

    @SafeVarargs
    private static <T> ChoiceBox<T> choice(String id, T... values) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        return box;
    }

    private static TextField field(String id, int columns, String tooltip) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.setTooltip(new Tooltip(tooltip));
        return field;
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}

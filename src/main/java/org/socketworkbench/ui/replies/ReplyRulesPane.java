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
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.ui.FxTexts;
import org.socketworkbench.ui.traffic.Localized;
import org.socketworkbench.ui.StyleClasses;

import java.util.function.Function;

/**
 * The reply-rules editor for the selected socket: whether it answers, echo / fixed reply / rules,
 * how a TCP stream is cut into messages, the ordered rule table with hit counters and switches,
 * and a form for the selected rule whose fields mark a problem where it is.
 */
public final class ReplyRulesPane extends BorderPane {

    private static final String ERROR = StyleClasses.FIELD_ERROR;
    /** Where a field keeps its help tooltip while a problem's tooltip is shown. */
    private static final String HELP = "replies.help";

    private final ReplyRulesModel model;
    private final TableView<RuleRowModel> table = new TableView<>();
    private final VBox ruleForm = new VBox(6);
    private final TextField pattern = field("rulePattern", 18, FxTexts.tooltip("replies.rule.pattern.tooltip"), "replies.rule.pattern");
    private final TextField reply = field("ruleReply", 18, FxTexts.tooltip("replies.template.help"), "replies.rule.reply");
    private final TextField delay = field("ruleDelay", 5, FxTexts.tooltip("replies.rule.delay.tooltip"), "replies.field.DELAY");
    private final ChoiceBox<MatchType> match = Localized.follow(choice("ruleMatch", MatchType.values()), "replies.matchType.");
    private final ChoiceBox<MatchOn> on = Localized.follow(choice("ruleOn", MatchOn.values()), "replies.matchOn.");
    private final ChoiceBox<PayloadFormat> replyFormat = Localized.follow(choice("ruleReplyFormat", PayloadFormat.values()), Localized.PAYLOAD_FORMAT);
    private final CheckBox stop = FxTexts.bind(new CheckBox(), "replies.rule.stop");
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
                model.targetProperty(), FxTexts.localeProperty()));
        CheckBox answering = FxTexts.bind(new CheckBox(), "replies.answer");
        answering.setId("repliesAnswering");
        answering.setTooltip(FxTexts.tooltip("replies.answer.tooltip"));
        answering.selectedProperty().bindBidirectional(model.answeringProperty());
        // Off with problems: it can be switched on once they are fixed (and off at any time).
        answering.disableProperty().bind(model.targetProperty().isNull()
                .or(model.canAnswerProperty().not().and(model.answeringProperty().not())));

        ChoiceBox<ReplyMode> mode = Localized.follow(choice("repliesMode", ReplyMode.values()), "replies.mode.");
        FxTexts.accessible(mode, "replies.mode.accessible");
        mode.valueProperty().bindBidirectional(model.modeProperty());
        ChoiceBox<FramingMode> framing = Localized.follow(choice("repliesFraming", FramingMode.values()), "replies.framing.");
        framing.valueProperty().bindBidirectional(model.framingProperty());
        framing.setTooltip(FxTexts.tooltip("replies.framing.tooltip"));
        TextField delimiter = field("repliesDelimiter", 4, FxTexts.tooltip("replies.delimiter.tooltip"), "replies.delimiter.accessible");
        delimiter.textProperty().bindBidirectional(model.delimiterProperty());
        delimiter.visibleProperty().bind(model.framingProperty().isEqualTo(FramingMode.DELIMITER));
        delimiter.managedProperty().bind(delimiter.visibleProperty());
        TextField length = field("repliesLength", 4, FxTexts.tooltip("replies.length.tooltip"), "replies.length.accessible");
        length.textProperty().bindBidirectional(model.lengthProperty());
        length.visibleProperty().bind(model.framingProperty().isEqualTo(FramingMode.FIXED_LENGTH));
        length.managedProperty().bind(length.visibleProperty());
        TextField charset = field("repliesCharset", 7, FxTexts.tooltip("replies.charset.tooltip"), "replies.charset.accessible");
        charset.textProperty().bindBidirectional(model.charsetProperty());
        FlowPane settings = new FlowPane(8, 6, answering, mode, row(label("replies.framing.label"), framing, delimiter, length),
                row(label("replies.charset.label"), charset));

        TextField fixed = field("repliesFixed", 24,
                FxTexts.tooltip("replies.fixed.tooltip", FxTexts.text("replies.template.help")), "replies.fixed.accessible");
        fixed.textProperty().bindBidirectional(model.fixedReplyProperty());
        ChoiceBox<PayloadFormat> fixedFormat = Localized.follow(choice("repliesFixedFormat", PayloadFormat.values()),
                Localized.PAYLOAD_FORMAT);
        fixedFormat.valueProperty().bindBidirectional(model.fixedFormatProperty());
        HBox fixedRow = row(label("replies.fixed.label"), fixed, fixedFormat);
        HBox.setHgrow(fixed, Priority.ALWAYS);
        fixedRow.visibleProperty().bind(model.modeProperty().isEqualTo(ReplyMode.FIXED));
        fixedRow.managedProperty().bind(fixedRow.visibleProperty());

        createTable();
        Button add = button("replies.add", "repliesAdd", () -> table.getSelectionModel().select(model.addRule()));
        Button remove = button("replies.remove", "repliesRemove", () -> selected(model::remove));
        Button up = button("replies.up", "repliesUp", () -> selected(r -> model.move(r, -1)));
        Button down = button("replies.down", "repliesDown", () -> selected(r -> model.move(r, 1)));
        HBox tableButtons = row(add, remove, up, down);
        VBox rulesBox = new VBox(6, table, tableButtons, createRuleForm());
        VBox.setVgrow(table, Priority.ALWAYS);
        rulesBox.visibleProperty().bind(model.modeProperty().isEqualTo(ReplyMode.RULES));
        rulesBox.managedProperty().bind(rulesBox.visibleProperty());

        Label setProblem = new Label();
        setProblem.setId("repliesSetProblem");
        setProblem.getStyleClass().add(StyleClasses.FORM_PROBLEM);
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
        Button importFile = button("replies.import", "repliesImport", () -> chooseFile(true));
        Button exportFile = button("replies.export", "repliesExport", () -> chooseFile(false));
        setTop(Localized.header("replies.title", target, importFile, exportFile));
        setCenter(scroll);
        model.problems().addListener((javafx.collections.ListChangeListener<RuleProblem>) c -> markProblems());
        FxTexts.localeProperty().addListener((obs, old, now) -> model.relocalize());
    }

    private void createTable() {
        table.setId("repliesTable");
        table.setEditable(true);
        table.setPrefHeight(120);
        table.setMinHeight(96);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setPlaceholder(label("replies.table.empty"));
        TableColumn<RuleRowModel, Boolean> enabled = FxTexts.bind(new TableColumn<>(), "replies.column.enabled");
        enabled.setId("repliesColumn-enabled");
        enabled.setCellValueFactory(c -> c.getValue().enabledProperty());
        enabled.setCellFactory(CheckBoxTableCell.forTableColumn(enabled));
        enabled.setEditable(true);
        enabled.setPrefWidth(32);
        table.getColumns().add(enabled);
        table.getColumns().add(column("match", 80, r -> Bindings.createStringBinding(
                () -> Texts.get(r.matchProperty().get().textKey()) + (r.onProperty().get() == MatchOn.HEX ? Texts.get("replies.cell.hex") : ""),
                r.matchProperty(), r.onProperty(), FxTexts.localeProperty())));
        table.getColumns().add(column("pattern", 100, RuleRowModel::patternProperty));
        table.getColumns().add(column("reply", 100, RuleRowModel::replyProperty));
        table.getColumns().add(column("delay", 44, RuleRowModel::delayProperty));
        table.getColumns().add(column("stop", 38, r -> Bindings.when(r.stopProperty()).then(FxTexts.text("replies.cell.stop")).otherwise("")));
        table.getColumns().add(column("hits", 44, r -> r.hitsProperty().asString()));
        table.getColumns().add(column("problem", 160, RuleRowModel::problemProperty));
        table.setItems(model.rules());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> show(now));
    }

    /** A column titled {@code replies.column.<name>}, with the stable id {@code repliesColumn-<name>}. */
    private static TableColumn<RuleRowModel, String> column(String name, double width,
                                                            Function<RuleRowModel, javafx.beans.value.ObservableValue<String>> value) {
        TableColumn<RuleRowModel, String> column = FxTexts.bind(new TableColumn<>(), "replies.column." + name);
        column.setId("repliesColumn-" + name);
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        column.setPrefWidth(width);
        column.setEditable(false);
        return column;
    }

    private VBox createRuleForm() {
        stop.setId("ruleStop");
        stop.setTooltip(FxTexts.tooltip("replies.rule.stop.tooltip"));
        FxTexts.accessible(match, "replies.rule.match.accessible");
        FxTexts.accessible(on, "replies.rule.on.accessible");
        FxTexts.accessible(replyFormat, "replies.rule.replyFormat.accessible");
        ruleProblem.setId("ruleProblem");
        ruleProblem.getStyleClass().add(StyleClasses.FORM_PROBLEM);
        GridPane form = new GridPane(6, 6);
        form.addRow(0, label("replies.rule.when"), row(on, match));
        form.addRow(1, label("replies.rule.pattern"), pattern);
        form.addRow(2, label("replies.rule.reply"), reply);
        form.addRow(3, label("replies.rule.as"), row(replyFormat, label("replies.rule.after"), delay, label("replies.rule.ms"), stop));
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
            // Back to the field's help once its problem is gone.
            if (field.getProperties().get(HELP) instanceof Tooltip help) {
                field.setTooltip(help);
            }
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
        chooser.setTitle(Texts.get(open ? "replies.import.title" : "replies.export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("replies.file.filter"), "*.json"));
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
        return row == null ? Texts.get("replies.target.none") : Texts.get("replies.target.socket", row.id(), row.typeLabel());
    }

    @SafeVarargs
    private static <T> ChoiceBox<T> choice(String id, T... values) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        return box;
    }

    /** A field with its help as a tooltip and {@code accessibleKey} telling a screen reader what it is. */
    private static TextField field(String id, int columns, Tooltip help, String accessibleKey) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.setTooltip(help);
        field.getProperties().put(HELP, help);
        FxTexts.accessible(field, accessibleKey);
        return field;
    }

    private static Label label(String key) {
        return FxTexts.bind(new Label(), key);
    }

    /** A button: {@code key} its text, {@code key.tooltip} its tooltip. */
    private static Button button(String key, String id, Runnable action) {
        Button button = FxTexts.bind(new Button(), key);
        button.setId(id);
        button.setTooltip(FxTexts.tooltip(key + ".tooltip"));
        button.setOnAction(e -> action.run());
        return button;
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}

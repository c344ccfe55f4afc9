package org.socketworkbench.ui.traffic;

import org.socketworkbench.ui.FxTexts;
import org.socketworkbench.ui.LazyTooltips;
import org.socketworkbench.i18n.Texts;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.socketworkbench.engine.Direction;
import org.socketworkbench.traffic.FilterInput;
import org.socketworkbench.traffic.PayloadFormat;
import org.socketworkbench.ui.StyleClasses;

/**
 * The filter fields: sockets, direction, peer, content (text, hex or escaped text). The view is
 * re-filtered shortly after the user stops typing; input that does not parse is named in red and
 * the previous filter stays in force.
 */
final class FilterBar extends HBox {

    static final Duration DEBOUNCE = Duration.millis(200);

    private final TrafficViewModel model;
    private final TextField sockets = field("trafficFilterSocket", "traffic.filter.sockets", 110);
    private final ChoiceBox<Direction> direction = new ChoiceBox<>();
    private final TextField peer = field("trafficFilterPeer", "traffic.filter.peer", 140);
    private final TextField content = field("trafficFilterContent", "traffic.filter.content", 140);
    private final ChoiceBox<PayloadFormat> contentFormat = new ChoiceBox<>();
    private final Label error = new Label();
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    /** True while a filter set from outside fills the fields: each field's change is not a new filter. */
    private boolean showing;

    FilterBar(TrafficViewModel model) {
        this.model = model;
        setId("trafficFilterBar");
        getStyleClass().add(StyleClasses.FILTER_BAR);
        setAlignment(Pos.CENTER_LEFT);
        direction.setId("trafficFilterDirection");
        direction.getItems().addAll(null, Direction.IN, Direction.OUT);
        // null stands for both directions: its own key, the constants theirs.
        Localized.follow(direction, "traffic.filter.direction.");
        StringConverter<Direction> byConstant = direction.getConverter();
        direction.converterProperty().addListener((obs, old, now) -> {
            if (!(now instanceof BothDirections)) {
                direction.setConverter(new BothDirections(now));
            }
        });
        direction.setConverter(new BothDirections(byConstant));
        FxTexts.accessible(direction, "traffic.filter.direction.accessible");
        direction.setValue(null);
        contentFormat.setId("trafficFilterContentFormat");
        contentFormat.getItems().addAll(PayloadFormat.values());
        contentFormat.setValue(PayloadFormat.TEXT);
        Localized.follow(contentFormat, Localized.PAYLOAD_FORMAT);
        FxTexts.accessible(contentFormat, "traffic.filter.contentFormat.accessible");
        error.setId("trafficFilterError");
        error.getStyleClass().add(StyleClasses.FILTER_ERROR);
        error.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(error, Priority.ALWAYS);
        Label title = FxTexts.bind(new Label(), "traffic.filter.title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(title, sockets, direction, peer, content, contentFormat, error);
        debounce.setOnFinished(e -> apply());
        sockets.textProperty().addListener((obs, old, now) -> debounce.playFromStart());
        peer.textProperty().addListener((obs, old, now) -> debounce.playFromStart());
        content.textProperty().addListener((obs, old, now) -> debounce.playFromStart());
        direction.valueProperty().addListener((obs, old, now) -> apply());
        contentFormat.valueProperty().addListener((obs, old, now) -> apply());
        model.filterInputProperty().addListener((obs, old, now) -> show(now));
    }

    /** A filter set from outside (a workspace) shows in the fields. */
    private void show(FilterInput input) {
        if (input.equals(typed())) {
            return;
        }
        showing = true;
        try {
            sockets.setText(input.sockets());
            direction.setValue(input.direction());
            peer.setText(input.peer());
            content.setText(input.content());
            contentFormat.setValue(input.contentFormat());
        } finally {
            showing = false;
        }
        debounce.stop();
        error.setText("");
    }

    private FilterInput typed() {
        return new FilterInput(sockets.getText(), direction.getValue(), peer.getText(), content.getText(),
                contentFormat.getValue());
    }

    private void apply() {
        debounce.stop();
        if (showing) {
            return;
        }
        try {
            model.setFilter(typed());
            error.setText("");
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
        }
    }

    /** A filter field: {@code key.prompt}, {@code key.tooltip} and {@code key.accessible} (for screen readers). */
    private static TextField field(String id, String key, double width) {
        TextField field = new TextField();
        field.setId(id);
        FxTexts.prompt(field, key + ".prompt");
        field.setPrefColumnCount(10);
        field.setPrefWidth(width);
        LazyTooltips.install(field, key + ".tooltip");
        FxTexts.accessible(field, key + ".accessible");
        return field;
    }

    /** The direction choice: "in and out" for null, each constant by its key. */
    private static final class BothDirections extends StringConverter<Direction> {
        private final StringConverter<Direction> byConstant;

        BothDirections(StringConverter<Direction> byConstant) {
            this.byConstant = byConstant;
        }

        @Override
        public String toString(Direction value) {
            return value == null ? Texts.get("traffic.filter.direction.both") : byConstant.toString(value);
        }

        @Override
        public Direction fromString(String text) {
            throw new UnsupportedOperationException();
        }
    }
}

package org.socketworkbench.ui.replies;

import org.socketworkbench.i18n.Texts;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.socketworkbench.replies.MatchOn;
import org.socketworkbench.replies.MatchType;
import org.socketworkbench.replies.ReplyRule;
import org.socketworkbench.replies.RuleProblem;
import org.socketworkbench.traffic.PayloadFormat;

import java.util.List;

/** One rule in the editor: its fields as the user edits them, its hit count and its problem. */
public final class RuleRowModel {

    private final BooleanProperty enabled = new SimpleBooleanProperty(true);
    private final ObjectProperty<MatchType> match = new SimpleObjectProperty<>(MatchType.CONTAINS);
    private final ObjectProperty<MatchOn> on = new SimpleObjectProperty<>(MatchOn.TEXT);
    private final StringProperty pattern = new SimpleStringProperty("");
    private final StringProperty reply = new SimpleStringProperty("");
    private final ObjectProperty<PayloadFormat> replyFormat = new SimpleObjectProperty<>(PayloadFormat.ESCAPED);
    private final StringProperty delay = new SimpleStringProperty("0");
    private final BooleanProperty stop = new SimpleBooleanProperty(true);
    private final LongProperty hits = new SimpleLongProperty();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private RuleProblem firstProblem;

    static RuleRowModel of(ReplyRule rule) {
        RuleRowModel row = new RuleRowModel();
        row.enabled.set(rule.enabled());
        row.match.set(rule.match());
        row.on.set(rule.on());
        row.pattern.set(rule.pattern());
        row.reply.set(rule.reply());
        row.replyFormat.set(rule.replyFormat());
        row.delay.set(Long.toString(rule.delayMs()));
        row.stop.set(rule.stop());
        return row;
    }

    ReplyRule toRule() {
        long delayMs;
        try {
            delayMs = Long.parseLong(delay.get().strip());
        } catch (NumberFormatException e) {
            delayMs = -1; // reported by the rule check as out of range
        }
        return new ReplyRule(enabled.get(), "", match.get(), on.get(), pattern.get(), reply.get(), replyFormat.get(),
                delayMs, stop.get());
    }

    /** Every property an edit changes (not the hit count or the problem). */
    List<Observable> editable() {
        return List.of(enabled, match, on, pattern, reply, replyFormat, delay, stop);
    }

    void showProblem(RuleProblem value) {
        firstProblem = value;
        problem.set(value == null ? "" : Texts.get("replies.problem.inRow", Texts.get(value.field().textKey()), value.message()));
    }

    /** The first problem of this rule, or null: its field and where the caret goes. */
    public RuleProblem firstProblem() {
        return firstProblem;
    }

    void showHits(long value) {
        hits.set(value);
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public ObjectProperty<MatchType> matchProperty() {
        return match;
    }

    public ObjectProperty<MatchOn> onProperty() {
        return on;
    }

    public StringProperty patternProperty() {
        return pattern;
    }

    public StringProperty replyProperty() {
        return reply;
    }

    public ObjectProperty<PayloadFormat> replyFormatProperty() {
        return replyFormat;
    }

    public StringProperty delayProperty() {
        return delay;
    }

    public BooleanProperty stopProperty() {
        return stop;
    }

    public ReadOnlyLongProperty hitsProperty() {
        return hits;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}

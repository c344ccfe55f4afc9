package org.socketworkbench.ui.replies;

import org.socketworkbench.i18n.Texts;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.socketworkbench.replies.Framing;
import org.socketworkbench.replies.FramingMode;
import org.socketworkbench.replies.MatchType;
import org.socketworkbench.replies.ReplyAttachments;
import org.socketworkbench.replies.ReplyMode;
import org.socketworkbench.replies.ReplyRule;
import org.socketworkbench.replies.RuleBook;
import org.socketworkbench.replies.RuleCompiler;
import org.socketworkbench.replies.RuleProblem;
import org.socketworkbench.replies.RuleSet;
import org.socketworkbench.replies.RuleSetFiles;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.traffic.PayloadFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The reply-rules editor's state for the selected socket: the rule set as edited (kept per socket
 * while the user looks at others), every problem at its rule, field and position, whether the
 * socket answers, and the hit counters. An edit that checks clean takes effect at once on a
 * socket that answers; one with problems leaves the running set and says why.
 */
public final class ReplyRulesModel {

    static final String DEFAULT_DELIMITER = "\\r\\n";
    private static final Executor FILES = task -> Thread.ofVirtual().name("reply-rules-file").start(task);

    private final ReplyAttachments attachments;
    private final Executor fxExecutor;
    private final Consumer<RuleSet> remember;
    private RuleSet startingSet;
    private final ObjectProperty<SocketRow> target = new SimpleObjectProperty<>();
    private final ObjectProperty<ReplyMode> mode = new SimpleObjectProperty<>(ReplyMode.RULES);
    private final ObjectProperty<FramingMode> framing = new SimpleObjectProperty<>(FramingMode.DELIMITER);
    private final StringProperty delimiter = new SimpleStringProperty(DEFAULT_DELIMITER);
    private final StringProperty length = new SimpleStringProperty("16");
    private final StringProperty charset = new SimpleStringProperty("UTF-8");
    private final StringProperty fixedReply = new SimpleStringProperty("");
    private final ObjectProperty<PayloadFormat> fixedFormat = new SimpleObjectProperty<>(PayloadFormat.ESCAPED);
    private final ObservableList<RuleRowModel> rules = FXCollections.observableArrayList(
            row -> row.editable().toArray(Observable[]::new));
    private final ObservableList<RuleProblem> problems = FXCollections.observableArrayList();
    private final BooleanProperty answering = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper canAnswer = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper setProblem = new ReadOnlyStringWrapper("");
    private final Map<Integer, RuleSet> drafts = new HashMap<>();
    private boolean loading;

    /**
     * @param startingSet the set a socket without rules starts with (the one last switched on), or null
     * @param remember    told each set that is switched on, to save with the settings
     * @param fxExecutor  where file imports and exports report back (the FX thread)
     */
    public ReplyRulesModel(ReplyAttachments attachments, RuleSet startingSet, Consumer<RuleSet> remember,
                           Executor fxExecutor) {
        this.attachments = attachments;
        this.startingSet = startingSet;
        this.remember = remember;
        this.fxExecutor = fxExecutor;
        InvalidationListener edited = obs -> edited();
        for (Observable field : List.of(mode, framing, delimiter, length, charset, fixedReply, fixedFormat)) {
            field.addListener(edited);
        }
        rules.addListener((ListChangeListener<RuleRowModel>) change -> edited());
        answering.addListener((obs, was, now) -> answeringChanged(now));
        target.addListener((obs, old, now) -> {
            // The selected row is replaced by a fresh record whenever its counters change.
            if (old == null || now == null || old.id() != now.id()) {
                load(old, now);
            }
        });
        load(null, null);
    }

    // ---------------------------------------------------------------- editing

    /** Adds an enabled "contains" rule at the end and returns it. */
    public RuleRowModel addRule() {
        RuleRowModel row = RuleRowModel.of(ReplyRule.of(MatchType.CONTAINS, "", ""));
        rules.add(row);
        return row;
    }

    public void remove(RuleRowModel row) {
        rules.remove(row);
    }

    /** Moves a rule one place up (-1) or down (+1) in the order they are tried. */
    public void move(RuleRowModel row, int by) {
        int from = rules.indexOf(row);
        int to = from + by;
        if (from < 0 || to < 0 || to >= rules.size()) {
            return;
        }
        loading = true;
        rules.remove(from);
        rules.add(to, row);
        loading = false;
        edited();
    }

    /** The rule set as edited now. */
    public RuleSet ruleSet() {
        int fixedLength;
        try {
            fixedLength = Integer.parseInt(length.get().strip());
        } catch (NumberFormatException e) {
            fixedLength = 0; // reported by the check as out of range
        }
        return new RuleSet(mode.get(), charset.get().strip(), new Framing(framing.get(), delimiter.get(), fixedLength),
                fixedReply.get(), fixedFormat.get(), rules.stream().map(RuleRowModel::toRule).toList());
    }

    /** Replaces what is edited with {@code set} (an imported file); problems show as for an edit. */
    public void load(RuleSet set) {
        loading = true;
        mode.set(set.mode());
        framing.set(set.framing().mode());
        delimiter.set(set.framing().mode() == FramingMode.DELIMITER ? set.framing().delimiter() : DEFAULT_DELIMITER);
        length.set(Integer.toString(set.framing().mode() == FramingMode.FIXED_LENGTH ? set.framing().length() : 16));
        charset.set(set.charset());
        fixedReply.set(set.fixedReply());
        fixedFormat.set(set.fixedFormat());
        rules.setAll(set.rules().stream().map(RuleRowModel::of).toList());
        loading = false;
        edited();
    }

    private void load(SocketRow old, SocketRow now) {
        if (old != null) {
            drafts.put(old.id(), ruleSet());
        }
        Optional<RuleBook> running = now == null ? Optional.empty() : attachments.book(now.id());
        RuleSet set = running.map(RuleBook::ruleSet)
                .orElseGet(() -> now == null ? null : drafts.get(now.id()));
        loading = true;
        answering.set(running.isPresent());
        loading = false;
        load(set != null ? set : startingSet != null ? startingSet : RuleSet.rules(Framing.delimiter(DEFAULT_DELIMITER), List.of()));
        refresh();
    }

    private void edited() {
        review(true);
    }

    /**
     * Says the problems and the status again in the current language (after View > Language);
     * the running rules are left as they are.
     */
    public void relocalize() {
        review(false);
    }

    /** Checks the set as edited and shows its problems; {@code apply}: a good set replaces the running one. */
    private void review(boolean apply) {
        if (loading) {
            return;
        }
        RuleSet set = ruleSet();
        List<RuleProblem> found = RuleCompiler.check(set);
        for (int i = 0; i < rules.size(); i++) {
            int index = i;
            rules.get(i).showProblem(found.stream().filter(p -> p.rule() == index).findFirst().orElse(null));
        }
        problems.setAll(found); // after the rows, so a listener sees each row's problem
        setProblem.set(found.stream().filter(p -> p.rule() < 0).map(RuleProblem::describe).collect(Collectors.joining("; ")));
        canAnswer.set(target.get() != null && found.isEmpty());
        SocketRow row = target.get();
        if (row != null && answering.get()) {
            if (found.isEmpty()) {
                if (apply) {
                    run(row.id(), set);
                }
                status.set(describe(set));
            } else {
                status.set(Texts.get("replies.status.stillAnswering", found.getFirst().describe()));
            }
        } else {
            status.set(row == null ? Texts.get("replies.status.noSocket")
                    : found.isEmpty() ? Texts.get("replies.status.notAnswering")
                    : found.size() == 1 ? Texts.get("replies.status.oneProblem") : Texts.get("replies.status.problems", found.size()));
        }
    }

    private void answeringChanged(boolean now) {
        if (loading) {
            return;
        }
        SocketRow row = target.get();
        if (row == null) {
            loading = true;
            answering.set(false);
            loading = false;
            return;
        }
        if (now) {
            List<RuleProblem> found = RuleCompiler.check(ruleSet());
            if (!found.isEmpty()) {
                loading = true;
                answering.set(false);
                loading = false;
                status.set(Texts.get("replies.status.fixFirst", found.getFirst().describe()));
                return;
            }
            run(row.id(), ruleSet());
        } else {
            attachments.detach(row.id());
        }
        edited();
    }

    private void run(int socketId, RuleSet set) {
        attachments.attach(socketId, set);
        if (!set.equals(startingSet)) {
            startingSet = set;
            remember.accept(set);
        }
    }

    // ---------------------------------------------------------------- files

    /** Reads a rule set file (off the FX thread) into the editor; its problems show as for an edit. */
    public void importFrom(Path file) {
        CompletableFuture.supplyAsync(() -> {
            try {
                return RuleSetFiles.read(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, FILES).whenComplete((set, failure) -> fxExecutor.execute(() -> {
            if (failure != null) {
                status.set(Texts.get("replies.status.importFailed", file.getFileName(), rootMessage(failure)));
            } else {
                load(set);
                status.set(problems.isEmpty() ? Texts.get("replies.status.imported", file.getFileName())
                        : Texts.get("replies.status.importedWithProblems", file.getFileName(), status.get()));
            }
        }));
    }

    /** Writes the rule set as edited to a JSON file (off the FX thread). */
    public void exportTo(Path file) {
        RuleSet set = ruleSet();
        CompletableFuture.runAsync(() -> {
            try {
                RuleSetFiles.write(file, set);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, FILES).whenComplete((done, failure) -> fxExecutor.execute(() -> status.set(failure == null
                ? Texts.get("replies.status.exported", set.rules().size(), file.getFileName())
                : Texts.get("replies.status.exportFailed", file.getFileName(), rootMessage(failure)))));
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof UncheckedIOException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    private static String describe(RuleSet set) {
        return switch (set.mode()) {
            case ECHO -> Texts.get("replies.status.echo");
            case FIXED -> Texts.get("replies.status.fixed");
            case RULES -> Texts.get("replies.status.rules", set.rules().stream().filter(ReplyRule::enabled).count(),
                    set.rules().size());
        };
    }

    /** Pulls the hit counters of the running rules; call once per pulse. */
    public void refresh() {
        SocketRow row = target.get();
        Optional<RuleBook> book = row == null ? Optional.empty() : attachments.book(row.id());
        long[] hits = book.map(RuleBook::hits).orElse(new long[0]);
        for (int i = 0; i < rules.size(); i++) {
            rules.get(i).showHits(i < hits.length ? hits[i] : 0);
        }
    }

    // ---------------------------------------------------------------- properties

    public ObjectProperty<SocketRow> targetProperty() {
        return target;
    }

    public ObjectProperty<ReplyMode> modeProperty() {
        return mode;
    }

    public ObjectProperty<FramingMode> framingProperty() {
        return framing;
    }

    public StringProperty delimiterProperty() {
        return delimiter;
    }

    public StringProperty lengthProperty() {
        return length;
    }

    public StringProperty charsetProperty() {
        return charset;
    }

    public StringProperty fixedReplyProperty() {
        return fixedReply;
    }

    public ObjectProperty<PayloadFormat> fixedFormatProperty() {
        return fixedFormat;
    }

    public ObservableList<RuleRowModel> rules() {
        return rules;
    }

    /** Every problem of the set as edited. */
    public ObservableList<RuleProblem> problems() {
        return problems;
    }

    /** Whether the selected socket answers; switching it on with problems is refused. */
    public BooleanProperty answeringProperty() {
        return answering;
    }

    /** A socket is selected and the set has no problems. */
    public ReadOnlyBooleanProperty canAnswerProperty() {
        return canAnswer.getReadOnlyProperty();
    }

    /** Problems of the set's own fields (charset, delimiter, length, fixed reply). */
    public ReadOnlyStringProperty setProblemProperty() {
        return setProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}

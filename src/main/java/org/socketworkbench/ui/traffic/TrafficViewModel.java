package org.socketworkbench.ui.traffic;

import org.socketworkbench.i18n.Texts;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.socketworkbench.engine.EpochClock;
import org.socketworkbench.traffic.CaptureBatch;
import org.socketworkbench.traffic.CaptureStats;
import org.socketworkbench.traffic.CaptureListener;
import org.socketworkbench.traffic.CapturedPayload;
import org.socketworkbench.traffic.ExportFormat;
import org.socketworkbench.traffic.FilterInput;
import org.socketworkbench.workspace.FilterHost;
import org.socketworkbench.traffic.FilterPass;
import org.socketworkbench.traffic.HexDump;
import org.socketworkbench.traffic.ThroughputMeter;
import org.socketworkbench.traffic.ThroughputSample;
import org.socketworkbench.traffic.TimestampFormat;
import org.socketworkbench.traffic.TrafficCapture;
import org.socketworkbench.traffic.TrafficFilter;
import org.socketworkbench.ui.PulseDrain;
import org.socketworkbench.ui.ViewRows;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;

/**
 * State behind the traffic pane. Rows are the capture's own {@link CapturedPayload} objects that
 * pass the filter, in capture order; they are pulled from the {@link TrafficCapture} on the FX
 * thread at most once per pulse (see {@link PulseDrain}), so a flood of payloads never turns into
 * one {@code runLater} per packet. The row list is bounded like the capture: rows the capture has
 * dropped leave the view too (except while the view is paused, which freezes it).
 *
 * <p>A new filter is applied to the capture on a background thread ({@link FilterPass}): over a
 * full capture that takes longer than a frame. Meanwhile the view keeps its rows, takes in no new
 * ones, and shows {@linkplain #filterProgressProperty() progress}; a filter set while another is
 * still running cancels it.
 *
 * <p>Everything here is FX-thread only, except that the capture wakes the model from any thread.
 */
public final class TrafficViewModel implements FilterHost {

    /** The most rows one pulse takes from the capture, so catching up never stalls a frame. */
    static final int MAX_ROWS_PER_PULSE = 10_000;
    /** Bytes of the selected payload shown in the hex dump. */
    static final int HEX_DUMP_LIMIT = 64 * 1024;

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final TrafficCapture capture;
    private final ThroughputMeter meter;
    private final LongSupplier clock;
    private final boolean live;
    private final PulseDrain drain;
    private final CaptureListener wakeOnAppend;
    private final Executor filterExecutor;

    /**
     * The most rows the table holds: the newest ones. JavaFX's VirtualFlow does work in
     * proportion to the row count on every change, so a table of a million rows costs tens of
     * milliseconds per frame; the capture keeps everything (cap permitting) for filters and export.
     */
    static final int VIEW_LIMIT = 100_000;

    private final ViewRows<CapturedPayload> rows = new ViewRows<>();
    private final ObservableList<CapturedPayload> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final BooleanProperty paused = new SimpleBooleanProperty(false);
    private final BooleanProperty autoScroll = new SimpleBooleanProperty(true);
    private final ObjectProperty<TimestampFormat> timestampFormat = new SimpleObjectProperty<>(TimestampFormat.TIME_OF_DAY);
    private final ObjectProperty<CapturedPayload> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> chartSocket = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper hexDump = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hexDumpTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyLongWrapper arrivedWhilePaused = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper startNanos = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<List<ThroughputSample>> throughput = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper filtering = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper filterProgress = new ReadOnlyDoubleWrapper(1);

    /** A filter pass on its way, and the rows it will yield. */
    private record RunningFilter(FilterPass pass, CompletableFuture<List<CapturedPayload>> rows) {
    }

    private TrafficFilter filter = TrafficFilter.ALL;
    private final ReadOnlyObjectWrapper<FilterInput> filterInput = new ReadOnlyObjectWrapper<>(FilterInput.NONE);
    /** Sequence number of the last payload taken from the capture into the view. */
    private long lastPulled;
    private long chartSecond = Long.MIN_VALUE;
    private RunningFilter runningFilter;

    /** A live model: it follows the capture from now on, until {@link #dispose()}. */
    public TrafficViewModel(TrafficCapture capture, ThroughputMeter meter) {
        this(capture, meter, EpochClock::nowNanos, true,
                pass -> Thread.ofVirtual().name("traffic-filter").start(pass));
    }

    /**
     * A model driven by hand: the caller calls {@link #pulse()}, and a filter is applied at once
     * on the calling thread.
     *
     * @param clock the current time in epoch nanoseconds (for the throughput chart)
     */
    TrafficViewModel(TrafficCapture capture, ThroughputMeter meter, LongSupplier clock, boolean live) {
        this(capture, meter, clock, live, Runnable::run);
    }

    /**
     * @param clock          the current time in epoch nanoseconds (for the throughput chart)
     * @param live           whether pulses pull from the capture by themselves; when false the
     *                       caller calls {@link #pulse()}
     * @param filterExecutor runs filter passes (a background thread; inline in tests)
     */
    TrafficViewModel(TrafficCapture capture, ThroughputMeter meter, LongSupplier clock, boolean live,
                     Executor filterExecutor) {
        this.capture = capture;
        this.meter = meter;
        this.clock = clock;
        this.live = live;
        this.filterExecutor = filterExecutor;
        this.drain = new PulseDrain(this::pulse, () -> isBehind(capture.stats()));
        this.wakeOnAppend = payload -> wake();
        selected.addListener((obs, old, now) -> showSelected(now));
        paused.addListener((obs, was, isPaused) -> wake());
        chartSocket.addListener((obs, old, now) -> refreshChart(true));
        refreshChart(true);
        if (live) {
            capture.addListener(wakeOnAppend);
            wake();
        }
    }

    /**
     * Takes what is new from the capture into the view (unless paused), drops rows the capture
     * has dropped, and refreshes the counters and, once a second, the chart. Returns whether there
     * is or may soon be more to do. FX thread.
     */
    public boolean pulse() {
        boolean stillFiltering = updateFiltering();
        CaptureStats stats;
        boolean changed;
        if (paused.get()) {
            stats = capture.stats();
            long arrived = stats.lastSequence() - lastPulled;
            changed = arrived != arrivedWhilePaused.get();
            arrivedWhilePaused.set(arrived);
        } else if (stillFiltering) {
            stats = capture.stats();
            changed = false;
        } else {
            CaptureBatch batch = capture.since(lastPulled, MAX_ROWS_PER_PULSE);
            stats = batch.stats();
            changed = !batch.payloads().isEmpty();
            lastPulled = batch.lastSequenceOr(lastPulled);
            dropRowsBefore(stats.oldestSequence());
            appendMatching(batch.payloads());
            arrivedWhilePaused.set(0);
        }
        startNanos.set(stats.startNanos());
        status.set(describe(stats));
        refreshChart(false);
        return stillFiltering || changed || isBehind(stats) || meter.hasTrafficInWindow(clock.getAsLong());
    }

    /**
     * The filter as typed (the filter bar's fields show it; a workspace saves and sets it).
     *
     * @throws IllegalArgumentException saying which field is wrong; the previous filter stays
     */
    public void setFilter(FilterInput input) {
        TrafficFilter parsed = input.toFilter();
        filterInput.set(input);
        setFilter(parsed);
    }

    /** The filter as typed last. */
    public ReadOnlyObjectProperty<FilterInput> filterInputProperty() {
        return filterInput.getReadOnlyProperty();
    }

    @Override
    public FilterInput current() {
        return filterInput.get();
    }

    @Override
    public void apply(FilterInput input) {
        setFilter(input);
    }

    /**
     * Shows only what passes {@code newFilter}, from the whole capture (as far as the view has
     * pulled it). The pass runs on the filter executor; its rows replace the view's when it is
     * done (see {@link #filteringProperty()}). A pass still running for an earlier filter is
     * cancelled.
     */
    public void setFilter(TrafficFilter newFilter) {
        cancelFiltering();
        filter = newFilter;
        FilterPass pass = new FilterPass(newFilter, lastPulled, VIEW_LIMIT);
        CompletableFuture<List<CapturedPayload>> result = CompletableFuture.supplyAsync(
                () -> pass.run(capture.snapshot()), filterExecutor);
        runningFilter = new RunningFilter(pass, result);
        filterProgress.set(0);
        filtering.set(true);
        result.whenComplete((matching, failure) -> wake());
        updateFiltering();
        wake();
    }

    /** Empties the capture and the view. */
    public void clear() {
        cancelFiltering();
        capture.clear();
        rows.replaceAll(List.of());
        selected.set(null);
        lastPulled = capture.stats().lastSequence();
        arrivedWhilePaused.set(0);
        message.set("");
        wake();
    }

    /**
     * Writes the whole capture, or just the rows in view, to {@code target} on a virtual thread.
     * The task's outcome also lands in {@link #messageProperty()}.
     */
    public Task<Integer> export(ExportFormat format, boolean viewOnly, Path target) {
        List<CapturedPayload> payloads = viewOnly ? List.copyOf(rows) : capture.snapshot();
        Task<Integer> task = new Task<>() {
            @Override
            protected Integer call() throws Exception {
                format.write(payloads, target);
                return payloads.size();
            }
        };
        task.setOnSucceeded(e -> message.set(Texts.get("traffic.export.done", String.format(Locale.ROOT, "%,d",
                task.getValue()), target.getFileName())));
        task.setOnFailed(e -> message.set(Texts.get("traffic.export.failed", target, task.getException().getMessage())));
        message.set(Texts.get("traffic.export.running", String.format(Locale.ROOT, "%,d", payloads.size()),
                target.getFileName()));
        Thread.ofVirtual().name("traffic-export").start(task);
        return task;
    }

    /** The status line and the hex dump's title are words: the pane asks for them again in a new language. FX thread. */
    public void relocalize() {
        status.set(describe(capture.stats()));
        showSelected(selected.get());
    }

    /** Stops following the capture. */
    public void dispose() {
        cancelFiltering();
        capture.removeListener(wakeOnAppend);
        drain.stop();
    }

    /** The rows in view, oldest first. */
    public ObservableList<CapturedPayload> rows() {
        return readOnlyRows;
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }

    public BooleanProperty autoScrollProperty() {
        return autoScroll;
    }

    public ObjectProperty<TimestampFormat> timestampFormatProperty() {
        return timestampFormat;
    }

    /** The row whose bytes the hex dump shows, or null. */
    public ObjectProperty<CapturedPayload> selectedProperty() {
        return selected;
    }

    /** The socket the throughput chart shows, or null for all sockets together. */
    public ObjectProperty<Integer> chartSocketProperty() {
        return chartSocket;
    }

    public ReadOnlyStringProperty hexDumpProperty() {
        return hexDump.getReadOnlyProperty();
    }

    /** One line about the selected payload: number, socket, direction, peer, length. */
    public ReadOnlyStringProperty hexDumpTitleProperty() {
        return hexDumpTitle.getReadOnlyProperty();
    }

    /** Payloads captured since the view was paused (0 when it is not). */
    public ReadOnlyLongProperty arrivedWhilePausedProperty() {
        return arrivedWhilePaused.getReadOnlyProperty();
    }

    /** Timestamp of the capture's first payload, the zero of "seconds since start". */
    public ReadOnlyLongProperty startNanosProperty() {
        return startNanos.getReadOnlyProperty();
    }

    /** {@code N payloads, M dropped (cap ...)}, plus how many are shown when a filter is on. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The outcome of the last export, or "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Bytes/s in and out per second, oldest first, for the chart's socket (or all). */
    public ReadOnlyObjectProperty<List<ThroughputSample>> throughputProperty() {
        return throughput.getReadOnlyProperty();
    }

    /** Whether a filter is being applied: the rows are those of the previous filter until it is done. */
    public ReadOnlyBooleanProperty filteringProperty() {
        return filtering.getReadOnlyProperty();
    }

    /** How far the filter being applied has got, from 0 to 1 (1 when none is running). */
    public ReadOnlyDoubleProperty filterProgressProperty() {
        return filterProgress.getReadOnlyProperty();
    }

    /**
     * Takes the rows of a finished filter pass into the view, or shows how far a running one has
     * got. Returns whether a pass is still running.
     */
    private boolean updateFiltering() {
        RunningFilter running = runningFilter;
        if (running == null) {
            return false;
        }
        if (!running.rows().isDone()) {
            filterProgress.set(running.pass().progress());
            return true;
        }
        runningFilter = null;
        filtering.set(false);
        filterProgress.set(1);
        try {
            rows.replaceAll(running.rows().join());
        } catch (RuntimeException e) {
            message.set(Texts.get("traffic.filterFailed", e.getCause() != null ? e.getCause() : e));
        }
        return false;
    }

    private void cancelFiltering() {
        if (runningFilter != null) {
            runningFilter.pass().cancel();
            runningFilter = null;
            filtering.set(false);
            filterProgress.set(1);
        }
    }

    /** Makes sure the coming pulses update the view (a live model only; otherwise the caller pulses). */
    private void wake() {
        if (live) {
            drain.wake();
        }
    }

    /** Whether the view has not yet caught up with the capture (or, paused, with its count of new payloads). */
    private boolean isBehind(CaptureStats stats) {
        long unseen = stats.lastSequence() - lastPulled;
        return paused.get() ? unseen != arrivedWhilePaused.get() : unseen > 0;
    }

    /** Removes the leading rows the capture no longer holds (rows are in sequence order). */
    private void dropRowsBefore(long oldestSequence) {
        int low = 0;
        int high = rows.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (rows.get(middle).sequence() < oldestSequence) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        if (low > 0) {
            rows.dropFirst(low);
        }
    }

    private void appendMatching(List<CapturedPayload> payloads) {
        TrafficFilter current = filter;
        List<CapturedPayload> matching = current.matchesEverything() ? payloads : payloads.stream().filter(current).toList();
        rows.dropFirst(rows.size() + matching.size() - VIEW_LIMIT);
        rows.append(matching.subList(Math.max(0, matching.size() - VIEW_LIMIT), matching.size()));
    }

    private String describe(CaptureStats stats) {
        String text = stats.describe();
        if (!filter.matchesEverything()) {
            text += Texts.get("traffic.status.shown", String.format(Locale.ROOT, "%,d", rows.size()));
        }
        if (rows.size() >= VIEW_LIMIT) {
            text += Texts.get("traffic.status.viewLimit", String.format(Locale.ROOT, "%,d", VIEW_LIMIT));
        }
        return text;
    }

    private void refreshChart(boolean force) {
        long now = clock.getAsLong();
        long second = Math.floorDiv(now, NANOS_PER_SECOND);
        if (!force && second == chartSecond) {
            return;
        }
        chartSecond = second;
        Integer socket = chartSocket.get();
        throughput.set(socket == null ? meter.total(now) : meter.forSocket(socket, now));
    }

    private void showSelected(CapturedPayload payload) {
        if (payload == null) {
            hexDump.set("");
            hexDumpTitle.set("");
            return;
        }
        hexDump.set(HexDump.format(payload.payload(), HEX_DUMP_LIMIT));
        hexDumpTitle.set(Texts.get("traffic.hexDump.title", payload.sequence(), payload.flow().socketLabel(),
                Texts.get("traffic.hexDump.from." + payload.direction().name()), payload.flow().peerEndpoint(),
                String.format(Locale.ROOT, "%,d", payload.length())));
    }
}

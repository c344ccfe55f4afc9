package org.socketworkbench.relay;

import org.socketworkbench.i18n.Texts;

import org.socketworkbench.engine.NetError;

/** The relay's user-visible texts: keys of the relay bundle, and the messages made of them. */
public final class RelayMessages {

    /** Keys of the relay bundle (read them with {@link Texts#get}); a conversation keeps its reason as a {@link RelayText}. */
    public static final String TARGET_HOST_MISSING = "relay.problem.targetHostMissing";
    public static final String CLIENT_CLOSED = "relay.reason.closedByBoth";
    public static final String CLIENT_RESET = "relay.reason.clientReset";
    public static final String SERVER_RESET = "relay.reason.serverReset";
    public static final String RELAY_CLOSED = "relay.reason.stopped";
    public static final String IDLE = "relay.reason.idle";
    public static final String CLOSE_AFTER_BYTES = "relay.reason.closeAfterBytes";
    public static final String CLOSE_AFTER_TIME = "relay.reason.closeAfterTime";
    public static final String RESET_BY_IMPAIRMENT = "relay.reason.resetByImpairment";
    public static final String TLS_NO_HALF_CLOSE = "relay.reason.tlsNoHalfClose";
    public static final String PINS_WITHOUT_TARGET_TLS = "relay.problem.pinsWithoutTargetTls";
    public static final String UDP_TLS = "relay.problem.udpTls";
    public static final String ONE_TLS_SOURCE = "relay.problem.oneTlsSource";
    public static final String BAD_FINGERPRINT = "relay.problem.badFingerprint";
    public static final String BAD_PIN = "relay.problem.badPin";
    public static final String TLS_TO_TARGET = "relay.step.tlsToTarget";
    public static final String TLS_FROM_CLIENT = "relay.step.tlsFromClient";
    public static final String CONNECTING = "relay.step.connecting";
    public static final String READING_CLIENT = "relay.step.readingClient";
    public static final String READING_SERVER = "relay.step.readingServer";
    public static final String WRITING_SERVER = "relay.step.writingServer";
    public static final String WRITING_CLIENT = "relay.step.writingClient";
    public static final String FORWARDING_CLIENT_FIN = "relay.step.forwardingClientFin";
    public static final String FORWARDING_SERVER_FIN = "relay.step.forwardingServerFin";
    public static final String RECEIVING_SERVER = "relay.step.receivingServer";

    private RelayMessages() {
    }

    /**
     * "latency 70000 ms is out of range: 0 to 60000 ms", in the current language (the relay bundle:
     * the form's status line and the command's error say the allowed range alike).
     */
    static String outOfRange(String what, double value, double min, double max, String unit) {
        String suffix = unit.isEmpty() ? "" : " " + translated("relay.range.unit." + unit, unit);
        return Texts.get("relay.range", what(what), number(value), suffix, number(min), number(max));
    }

    /** A value's name ("slice-delay") in words of the current language ("slice delay"). */
    static String what(String name) {
        return translated("relay.range.what." + name, name);
    }

    private static String translated(String key, String otherwise) {
        return Texts.has(key) ? Texts.get(key) : otherwise;
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    /** "connecting to the target failed: -102 ERR_CONNECTION_REFUSED", the step one of the keys above. */
    public static RelayText legFailed(String step, int code) {
        return RelayText.of("relay.failed", RelayText.of(step), NetError.describe(code));
    }

    /** A conversation's reason without arguments. */
    static RelayText reason(String key) {
        return RelayText.of(key);
    }
}

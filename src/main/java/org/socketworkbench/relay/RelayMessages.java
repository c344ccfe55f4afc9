package org.socketworkbench.relay;

import org.socketworkbench.i18n.Texts;

import org.socketworkbench.engine.NetError;

/** The relay's user-visible strings, in one place for the resource-bundle pass. */
public final class RelayMessages {

    public static final String TARGET_HOST_MISSING = "the target host is missing";
    public static final String CLIENT_CLOSED = "closed by both sides";
    public static final String CLIENT_RESET = "the client reset the connection";
    public static final String SERVER_RESET = "the server reset the connection";
    public static final String RELAY_CLOSED = "the relay was stopped";
    public static final String IDLE = "idle flow expired";
    public static final String CLOSE_AFTER_BYTES = "closed after the byte limit (impairment)";
    public static final String CLOSE_AFTER_TIME = "closed after the time limit (impairment)";
    public static final String RESET_BY_IMPAIRMENT = "reset (impairment)";
    public static final String PINS_WITHOUT_TARGET_TLS = "a trusted pin needs TLS to the target";
    public static final String UDP_TLS = "TLS is for TCP relays only (UDP would need DTLS)";
    public static final String TLS_TO_TARGET = "TLS to the target";
    public static final String TLS_FROM_CLIENT = "TLS from the client";
    public static final String ONE_TLS_SOURCE =
            "choose one certificate: --tls-listen-self-signed, --tls-listen-pem or --tls-listen-pkcs12";
    public static final String BAD_FINGERPRINT = "is not a SHA-256 fingerprint (64 hex digits, colons allowed)";
    public static final String TLS_NO_HALF_CLOSE = "one side closed; a TLS 1.2 leg cannot half-close, so both were closed";

    private RelayMessages() {
    }

    /**
     * "latency 70000 ms is out of range: 0 to 60000 ms", in the current language (the relay bundle:
     * the form's status line and the command's error say the allowed range alike).
     */
    static String outOfRange(String what, double value, double min, double max, String unit) {
        String suffix = unit.isEmpty() ? "" : " " + translated("relay.range.unit." + unit, unit);
        return Texts.get("relay.range", translated("relay.range.what." + what.replace(' ', '-'), what), number(value),
                suffix, number(min), number(max));
    }

    private static String translated(String key, String otherwise) {
        return Texts.has(key) ? Texts.get(key) : otherwise;
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    /** "connecting to the target failed: -102 ERR_CONNECTION_REFUSED (...)" */
    public static String legFailed(String step, int code) {
        return step + " failed: " + NetError.describe(code);
    }
}

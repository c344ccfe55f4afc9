package org.socketworkbench.workspace;

import org.socketworkbench.engine.NetError;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.sockets.OperationOutcome;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one part of a workspace fared when it was opened.
 *
 * @param kind        what the part is
 * @param where       its address in the file's terms ("127.0.0.1:5000", "239.1.2.3:5000 on lo")
 * @param opened      whether it opened
 * @param code        Chrome's net error code of the step that failed, 0 when opened or when the
 *                    failure was no socket error (a certificate file, a value out of range)
 * @param chromeError Chrome's name for it ({@code net::ERR_ADDRESS_IN_USE}), "" when none
 * @param detail      what failed, as the operation reported it; "" when opened
 */
public record PartOutcome(PartKind kind, String where, boolean opened, int code, String chromeError, String detail) {

    private static final Pattern CHROME_NAME = Pattern.compile("(?<![A-Z_])ERR_[A-Z_]+");

    public PartOutcome {
        Objects.requireNonNull(kind, "kind");
        where = where == null ? "" : where;
        chromeError = chromeError == null ? "" : chromeError;
        detail = detail == null ? "" : detail;
    }

    public static PartOutcome opened(PartKind kind, String where) {
        return new PartOutcome(kind, where, true, 0, "", "");
    }

    /** From the outcome of the socket step that ended the part's set-up. */
    public static PartOutcome of(PartKind kind, String where, OperationOutcome outcome) {
        if (outcome.succeeded()) {
            return opened(kind, where);
        }
        String chrome = outcome.lastError().filter(e -> e.startsWith("net::"))
                .or(() -> NetError.of(outcome.resultCode()).filter(e -> e != NetError.OK).map(NetError::lastErrorText))
                .orElse("");
        return new PartOutcome(kind, where, false, outcome.resultCode(), chrome, outcome.describe());
    }

    /** A failure described in words only (a multicast step, a certificate); a Chrome name in them is picked out. */
    public static PartOutcome failed(PartKind kind, String where, String detail) {
        Matcher name = CHROME_NAME.matcher(detail == null ? "" : detail);
        Optional<NetError> error = Optional.empty();
        String chrome = "";
        if (name.find()) {
            chrome = "net::" + name.group();
            String found = name.group();
            error = java.util.Arrays.stream(NetError.values()).filter(e -> e.errorName().equals(found)).findFirst();
        }
        return new PartOutcome(kind, where, false, error.map(NetError::code).orElse(0), chrome, detail);
    }

    /** One line for the user, in the current language; Chrome's name stays as Chrome writes it. */
    public String describe() {
        String part = Texts.get(kind.key());
        if (opened) {
            return Texts.get("workspace.result.opened", part, where);
        }
        return chromeError.isEmpty() ? Texts.get("workspace.result.failed", part, where, detail)
                : Texts.get("workspace.result.failedWithCode", part, where, chromeError, detail);
    }
}

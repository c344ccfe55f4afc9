package org.socketworkbench.script;

import org.socketworkbench.cli.OptionValueException;
import org.socketworkbench.engine.TlsClientOptions;
import org.socketworkbench.i18n.Texts;
import picocli.CommandLine;

/**
 * {@code run --trust-pin HOST:PORT=SHA256}: a certificate the script's secure() accepts for that
 * endpoint only (an IPv6 host in brackets, {@code [::1]:8443=...}); the fingerprint as
 * {@code openssl x509 -fingerprint -sha256} prints it, or without colons.
 */
public final class TrustPinConverter implements CommandLine.ITypeConverter<TrustPinConverter.TrustPin> {

    static final String FORMAT = "script.trustPin.format";
    static final String BAD_PORT = "script.trustPin.badPort";
    static final String BAD_FINGERPRINT = "script.trustPin.badFingerprint";

    /** One pin as given. */
    public record TrustPin(String host, int port, String sha256) {
    }

    @Override
    public TrustPin convert(String value) {
        int equals = value.indexOf('=');
        int colon = equals < 0 ? -1 : value.lastIndexOf(':', equals);
        if (equals < 0 || colon <= 0) {
            throw OptionValueException.labelled(Texts.get(FORMAT, value));
        }
        String host = value.substring(0, colon);
        if (host.startsWith("[") != host.endsWith("]") || host.equals("[]")) {
            throw OptionValueException.labelled(Texts.get(FORMAT, value));
        }
        int port;
        try {
            port = Integer.parseInt(value.substring(colon + 1, equals));
        } catch (NumberFormatException e) {
            throw OptionValueException.labelled(Texts.get(BAD_PORT, value));
        }
        if (port < 1 || port > 65535) {
            throw OptionValueException.labelled(Texts.get(BAD_PORT, value));
        }
        try {
            return new TrustPin(host, port, TlsClientOptions.normalizeFingerprint(value.substring(equals + 1)));
        } catch (IllegalArgumentException e) {
            throw OptionValueException.labelled(Texts.get(BAD_FINGERPRINT, value));
        }
    }
}

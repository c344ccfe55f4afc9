package org.socketworkbench.script.runtime;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;
import org.mozilla.javascript.typedarrays.NativeArrayBuffer;
import org.mozilla.javascript.typedarrays.NativeArrayBufferView;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * {@code TextEncoder} (UTF-8) and {@code TextDecoder} (utf-8, utf-16le, utf-16be and
 * windows-1252, with their usual labels such as {@code utf8}, {@code latin1}, {@code ascii}). The
 * constructors are a short JavaScript prelude ({@code text-codecs.js}); the byte work is here.
 */
public final class JsTextCodecs {

    private static final String PRELUDE = "text-codecs.js";
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("utf-8", "utf-8"), Map.entry("utf8", "utf-8"), Map.entry("unicode-1-1-utf-8", "utf-8"),
            Map.entry("utf-16le", "utf-16le"), Map.entry("utf-16", "utf-16le"),
            Map.entry("utf-16be", "utf-16be"),
            Map.entry("windows-1252", "windows-1252"), Map.entry("latin1", "windows-1252"),
            Map.entry("iso-8859-1", "windows-1252"), Map.entry("ascii", "windows-1252"),
            Map.entry("us-ascii", "windows-1252"), Map.entry("l1", "windows-1252"),
            Map.entry("cp1252", "windows-1252"));
    private static final Map<String, Charset> CHARSETS = Map.of(
            "utf-8", StandardCharsets.UTF_8, "utf-16le", StandardCharsets.UTF_16LE,
            "utf-16be", StandardCharsets.UTF_16BE, "windows-1252", Charset.forName("windows-1252"));
    private static final byte[] REPLACEMENT_UTF8 = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

    private JsTextCodecs() {
    }

    /** Defines {@code TextEncoder} and {@code TextDecoder} in {@code scope}. */
    public static void install(ScriptableObject scope) {
        Context context = Context.getCurrentContext();
        ScriptableObject host = Js.newObject(scope);
        Js.defineFunction(host, "encodeUtf8", 1, args -> Js.newArrayBuffer(scope, encodeUtf8(ScriptRuntime.toString(args[0]))));
        Js.defineFunction(host, "encodingFor", 1, args -> encodingFor(ScriptRuntime.toString(args[0])));
        Js.defineFunction(host, "decode", 4, args -> decode(ScriptRuntime.toString(args[0]),
                ScriptRuntime.toBoolean(args[1]), ScriptRuntime.toBoolean(args[2]), args.length > 3 ? args[3] : Undefined.instance));
        Function installer = (Function) context.evaluateString(scope, prelude(), PRELUDE, 1, null);
        installer.call(context, scope, scope, new Object[] {scope, host});
    }

    private static String prelude() {
        try (InputStream in = JsTextCodecs.class.getResourceAsStream(PRELUDE)) {
            if (in == null) {
                throw new IllegalStateException(PRELUDE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** UTF-8 with lone surrogates as U+FFFD, as the Encoding standard says. */
    static byte[] encodeUtf8(String text) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(REPLACEMENT_UTF8);
        try {
            ByteBuffer bytes = encoder.encode(CharBuffer.wrap(text));
            return Arrays.copyOf(bytes.array(), bytes.limit());
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing encoder reported an error", e);
        }
    }

    private static String encodingFor(String label) {
        String encoding = LABELS.get(label.strip().toLowerCase(Locale.ROOT));
        if (encoding == null) {
            throw Js.rangeError("Failed to construct 'TextDecoder': The encoding label provided ('" + label
                    + "') is invalid.");
        }
        return encoding;
    }

    private static String decode(String encoding, boolean fatal, boolean ignoreBom, Object input) {
        CharsetDecoder decoder = CHARSETS.get(encoding).newDecoder()
                .onMalformedInput(fatal ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE)
                .onUnmappableCharacter(fatal ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE)
                .replaceWith("\uFFFD");
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytesOf(input))).toString();
            return !ignoreBom && text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw Js.typeError("Failed to execute 'decode' on 'TextDecoder': The encoded data was not valid.");
        }
    }

    private static byte[] bytesOf(Object input) {
        if (input == null || Undefined.isUndefined(input)) {
            return new byte[0];
        }
        if (input instanceof NativeArrayBuffer buffer) {
            return Js.bytesOf(buffer);
        }
        if (input instanceof NativeArrayBufferView view) {
            return Arrays.copyOfRange(view.getBuffer().getBuffer(), view.getByteOffset(),
                    view.getByteOffset() + view.getByteLength());
        }
        throw Js.typeError("Failed to execute 'decode' on 'TextDecoder': The provided value is not of type"
                + " '(ArrayBuffer or ArrayBufferView)'.");
    }
}

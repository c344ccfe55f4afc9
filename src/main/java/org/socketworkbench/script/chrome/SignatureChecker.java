package org.socketworkbench.script.chrome;

import org.socketworkbench.script.runtime.Js;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Chrome's renderer-side argument handling (schema_utils.js {@code normalizeArgumentsAndValidate},
 * contract §2.2): finds the signature the arguments fit, leaving out optional parameters anywhere,
 * validates the values, and returns them with {@code null} in place of every omitted optional
 * parameter. A call that fits no signature throws {@code Invocation of form socket.read(string,
 * function) doesn't match definition socket.read(integer socketId, optional integer bufferSize,
 * function callback)}; a bad value throws {@code Invalid value for argument 1. Value must be one
 * of: [tcp, udp].}
 */
final class SignatureChecker {

    private SignatureChecker() {
    }

    /**
     * @return one value per declared parameter; null where it was omitted, null or undefined
     * @throws RuntimeException a JavaScript {@code Error} with Chrome's message
     */
    static Object[] normalize(ApiFunction function, Object[] args) {
        List<String> types = Arrays.stream(args).map(JsTypes::typeOf).toList();
        List<Param> signature = function.signatures().stream()
                .filter(candidate -> matches(candidate, types))
                .findFirst()
                .orElseThrow(() -> Js.error("Invocation of form " + function.name()
                        + "(" + String.join(", ", types) + ") doesn't match definition " + function.declaration()));
        validate(signature, args);
        Object[] normalized = new Object[function.params().size()];
        int next = 0;
        for (int i = 0; i < normalized.length; i++) {
            if (next < signature.size() && signature.get(next) == function.params().get(i)) {
                Object value = args[next++];
                normalized[i] = JsTypes.isAbsent(value) ? null : value;
            }
        }
        return normalized;
    }

    private static boolean matches(List<Param> signature, List<String> types) {
        if (signature.size() != types.size()) {
            return false;
        }
        for (int i = 0; i < types.size(); i++) {
            if (!signature.get(i).accepts(types.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static void validate(List<Param> signature, Object[] args) {
        for (int i = 0; i < signature.size(); i++) {
            if (JsTypes.isAbsent(args[i])) {
                continue;
            }
            List<Schema.SchemaError> errors = new ArrayList<>();
            signature.get(i).schema().validate(args[i], "", errors);
            if (!errors.isEmpty()) {
                throw Js.error("Invalid value for argument " + (i + 1) + ". "
                        + errors.stream().map(SignatureChecker::describe).collect(Collectors.joining(", ")) + ".");
            }
        }
    }

    /** "Property 'x': message" without the message's final full stop, as Chrome joins them. */
    private static String describe(Schema.SchemaError error) {
        String message = error.message().substring(0, error.message().length() - 1);
        return error.path().isEmpty() ? message : "Property '" + error.path() + "': " + message;
    }
}

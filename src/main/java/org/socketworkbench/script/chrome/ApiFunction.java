package org.socketworkbench.script.chrome;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An API function's declared signature, e.g. {@code socket.read(integer socketId, optional
 * integer bufferSize, function callback)}.
 *
 * @param name   the name without {@code chrome.}, e.g. {@code socket.read} or {@code sockets.tcp.send}
 * @param params the declared parameters in order
 */
record ApiFunction(String name, List<Param> params) {

    ApiFunction {
        params = List.copyOf(params);
    }

    /** The name after the last dot: the property on the namespace object. */
    String shortName() {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** The declaration as Chrome prints it in signature errors. */
    String declaration() {
        return name + "(" + params.stream().map(Param::declaration).collect(Collectors.joining(", ")) + ")";
    }

    /**
     * Every way of leaving out optional parameters, in Chrome's order of preference (schema_utils'
     * getSignatures): with the first parameter before without it, recursively.
     */
    List<List<Param>> signatures() {
        return signatures(params);
    }

    private static List<List<Param>> signatures(List<Param> params) {
        if (params.isEmpty()) {
            return List.of(List.of());
        }
        Param first = params.getFirst();
        List<List<Param>> rest = signatures(params.subList(1, params.size()));
        List<List<Param>> all = new ArrayList<>();
        for (List<Param> tail : rest) {
            List<Param> with = new ArrayList<>();
            with.add(first);
            with.addAll(tail);
            all.add(with);
        }
        if (first.optional()) {
            all.addAll(rest);
        }
        return all;
    }
}

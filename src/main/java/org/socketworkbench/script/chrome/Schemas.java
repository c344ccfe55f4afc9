package org.socketworkbench.script.chrome;

import java.util.List;
import java.util.Map;

/** Short names for building the API signatures. */
final class Schemas {

    static final Schema INTEGER = new Schema.IntegerSchema();
    static final Schema STRING = new Schema.StringSchema(List.of());
    static final Schema BOOLEAN = new Schema.BooleanSchema();
    static final Schema BINARY = new Schema.BinarySchema();
    static final Schema FUNCTION = new Schema.FunctionSchema();
    /** Chrome's {@code SecureOptions {tlsVersion?: {min?, max?}}}, shared by socket and sockets.tcp. */
    static final Schema SECURE_OPTIONS = object(Map.of("tlsVersion", object(Map.of("min", STRING, "max", STRING))));

    private Schemas() {
    }

    static Schema enumOf(String... values) {
        return new Schema.StringSchema(List.of(values));
    }

    static Schema object(Map<String, Schema> properties) {
        return new Schema.ObjectSchema(properties);
    }

    static Param param(String name, Schema schema) {
        return new Param(name, schema, false);
    }

    static Param optional(String name, Schema schema) {
        return new Param(name, schema, true);
    }

    static ApiFunction function(String name, Param... params) {
        return new ApiFunction(name, List.of(params));
    }

    static Param socketId() {
        return param("socketId", INTEGER);
    }

    static Param callback() {
        return param("callback", FUNCTION);
    }

    static Param optionalCallback() {
        return optional("callback", FUNCTION);
    }
}

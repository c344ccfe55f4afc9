package org.socketworkbench.script.chrome;

import org.mozilla.javascript.Scriptable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Chrome's renderer accepts for one argument (a subset of its JSON schema: the types the
 * socket APIs use). {@link #typeName()} is how a signature error names it; {@link #validate}
 * collects the messages of {@code json_schema.js}.
 */
sealed interface Schema {

    /** The declared type in signature errors: integer, string, boolean, binary, function, object. */
    String typeName();

    /** Adds what is wrong with {@code value} (already known to have the right type) to {@code errors}. */
    default void validate(Object value, String path, List<SchemaError> errors) {
        String actual = JsTypes.typeOf(value);
        if (!actual.equals(typeName())) {
            errors.add(new SchemaError(path, typeName().equals("integer") && actual.equals("number")
                    ? "Expected 'integer' but got 'number', consider using Math.round()."
                    : "Expected '" + typeName() + "' but got '" + actual + "'."));
            return;
        }
        validateValue(value, path, errors);
    }

    /** Checks beyond the type (range, enum, properties); the type is already right. */

    default void validateValue(Object value, String path, List<SchemaError> errors) {
    }

    /** One message with the property path it belongs to ("" for the argument itself). */
    record SchemaError(String path, String message) {
    }

    record IntegerSchema() implements Schema {
        @Override
        public String typeName() {
            return "integer";
        }

        @Override
        public void validateValue(Object value, String path, List<SchemaError> errors) {
            double number = ((Number) value).doubleValue();
            if (number != (int) number) {
                errors.add(new SchemaError(path, "Value must fit in a 32-bit signed integer."));
            }
        }
    }

    record StringSchema(List<String> allowed) implements Schema {
        @Override
        public String typeName() {
            return "string";
        }

        @Override
        public void validate(Object value, String path, List<SchemaError> errors) {
            if (!allowed.isEmpty() && !(value instanceof CharSequence text && allowed.contains(text.toString()))) {
                errors.add(new SchemaError(path, "Value must be one of: [" + String.join(", ", allowed) + "]."));
                return;
            }
            Schema.super.validate(value, path, errors);
        }
    }

    record BooleanSchema() implements Schema {
        @Override
        public String typeName() {
            return "boolean";
        }
    }

    record BinarySchema() implements Schema {
        @Override
        public String typeName() {
            return "binary";
        }
    }

    record FunctionSchema() implements Schema {
        @Override
        public String typeName() {
            return "function";
        }
    }

    /** A dictionary: known properties only, each optional unless said otherwise. */
    record ObjectSchema(Map<String, Schema> properties) implements Schema {
        public ObjectSchema {
            properties = new LinkedHashMap<>(properties);
        }

        @Override
        public String typeName() {
            return "object";
        }

        @Override
        public void validateValue(Object value, String path, List<SchemaError> errors) {
            Scriptable object = (Scriptable) value;
            for (Map.Entry<String, Schema> property : properties.entrySet()) {
                Object member = object.get(property.getKey(), object);
                if (member != Scriptable.NOT_FOUND && !JsTypes.isAbsent(member)) {
                    property.getValue().validate(member, join(path, property.getKey()), errors);
                }
            }
            for (Object id : object.getIds()) {
                String name = String.valueOf(id);
                if (!properties.containsKey(name)) {
                    errors.add(new SchemaError(join(path, name), "Unexpected property."));
                }
            }
        }

        private static String join(String path, String property) {
            return path.isEmpty() ? property : path + "." + property;
        }
    }
}

package org.socketworkbench.script.chrome;

/**
 * One declared parameter of an API function.
 *
 * @param name     its IDL name, shown in signature errors
 * @param schema   what it accepts
 * @param optional whether it may be omitted or passed as null/undefined
 */
record Param(String name, Schema schema, boolean optional) {

    /** {@code integer socketId}, {@code optional integer bufferSize}: how Chrome declares it. */
    String declaration() {
        return (optional ? "optional " : "") + schema.typeName() + " " + name;
    }

    /** Whether an argument of Chrome's type name {@code type} fits here (schema_utils' isValidSchemaType). */
    boolean accepts(String type) {
        return optional && (type.equals("null") || type.equals("undefined")) || schema.typeName().equals(type);
    }
}

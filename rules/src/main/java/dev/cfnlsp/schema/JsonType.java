package dev.cfnlsp.schema;

/** A JSON value type, as named by JSON Schema's {@code type} keyword. */
public enum JsonType {
    STRING, INTEGER, NUMBER, BOOLEAN, OBJECT, ARRAY
}

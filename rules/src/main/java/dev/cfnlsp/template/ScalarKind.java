package dev.cfnlsp.template;

/** What a scalar resolved to under the YAML core schema (or the JSON token it was). */
public enum ScalarKind {
    STRING, INTEGER, FLOAT, BOOLEAN, NULL
}

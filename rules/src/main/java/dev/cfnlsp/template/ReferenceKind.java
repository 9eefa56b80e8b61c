package dev.cfnlsp.template;

/** How one part of a template names another. */
public enum ReferenceKind {
    REF, GET_ATT, SUB, DEPENDS_ON, CONDITION, FIND_IN_MAP
}

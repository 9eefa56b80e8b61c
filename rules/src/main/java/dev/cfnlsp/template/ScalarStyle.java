package dev.cfnlsp.template;

/** How a scalar was written in the source; edits keep the style of their surroundings. */
public enum ScalarStyle {
    PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL, FOLDED
}

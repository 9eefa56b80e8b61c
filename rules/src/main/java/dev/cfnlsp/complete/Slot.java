package dev.cfnlsp.complete;

/** Whether the cursor is where a mapping key or a value is being typed. */
enum Slot {
    KEY, VALUE
}

package dev.cfnlsp.rule;

public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase();
    }
}

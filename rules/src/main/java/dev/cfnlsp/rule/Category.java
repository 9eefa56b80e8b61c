package dev.cfnlsp.rule;

/** What a finding is about. Only {@code VALIDITY} means the template would fail or misbehave in CloudFormation. */
public enum Category {
    VALIDITY, SECURITY, RELIABILITY, OPERATIONS, GOVERNANCE;

    public String label() {
        return name().toLowerCase();
    }
}

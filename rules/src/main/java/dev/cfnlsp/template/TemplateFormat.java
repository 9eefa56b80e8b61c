package dev.cfnlsp.template;

public enum TemplateFormat {
    YAML, JSON
}

package dev.cfnlsp.config;

import dev.cfnlsp.template.SourceRange;

/** Something wrong with a setting, at the key or value that is wrong. */
public record SettingsProblem(SourceRange range, String message) {
}

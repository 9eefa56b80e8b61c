package dev.cfnlsp.config;

import dev.cfnlsp.template.TemplateNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One {@code .cfn-lsp.yaml}: the settings it holds (the last well-formed version while it is broken) and what is
 * wrong with it.
 */
public record ConfigFile(Path path, Optional<TemplateNode> settings, List<SettingsProblem> problems) {
}

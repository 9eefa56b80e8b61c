package dev.cfnlsp.rule;

import dev.cfnlsp.template.SourceRange;
import java.util.List;

public record Finding(String ruleId, Severity severity, Category category, SourceRange range, String message,
                      List<Fix> fixes) {

    public Finding {
        fixes = List.copyOf(fixes);
    }
}

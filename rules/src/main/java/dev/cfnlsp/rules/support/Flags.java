package dev.cfnlsp.rules.support;

import dev.cfnlsp.template.TemplateNode;
import java.util.List;
import java.util.Optional;

/** Boolean properties as written, through {@code Fn::If} branches. */
public final class Flags {
    private Flags() {
    }

    /** Where a property is written as a literal false: the value itself, or the branches that say so. */
    public static List<TemplateNode> writtenFalse(Optional<TemplateNode> value) {
        return value.map(Alternatives::of).orElse(List.of()).stream()
                .filter(branch -> Values.isFalse(Optional.of(branch)))
                .toList();
    }
}

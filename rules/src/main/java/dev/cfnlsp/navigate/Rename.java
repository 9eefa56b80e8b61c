package dev.cfnlsp.navigate;

import dev.cfnlsp.rule.TextEdit;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.Template;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Renames a logical id everywhere it is named: its declaration, Refs, GetAtts (dotted too), Sub variables, ... */
public final class Rename {
    private static final Pattern LOGICAL_ID = Pattern.compile("[A-Za-z0-9]+");

    private Rename() {
    }

    /** Why the rename cannot be done, or the edits that do it. */
    public record Result(Optional<String> refusal, List<TextEdit> edits) {
    }

    public static Result of(Template template, Symbol symbol, String newName) {
        if (!LOGICAL_ID.matcher(newName).matches()) {
            return refuse("'" + newName + "' is not a valid logical id: use letters and digits only.");
        }
        if (!newName.equals(symbol.name()) && isTaken(template, symbol.kind(), newName)) {
            return refuse("'" + newName + "' is already declared in this template.");
        }
        List<TextEdit> edits = Symbols.occurrences(template, symbol, true).stream()
                .map(range -> new TextEdit(range, newName))
                .toList();
        return new Result(Optional.empty(), edits);
    }

    /** Parameters and resources share one namespace (both are Ref targets); the others have their own. */
    private static boolean isTaken(Template template, DeclarationKind kind, String name) {
        List<DeclarationKind> namespace = kind == DeclarationKind.PARAMETER || kind == DeclarationKind.RESOURCE
                ? List.of(DeclarationKind.PARAMETER, DeclarationKind.RESOURCE) : List.of(kind);
        return namespace.stream().anyMatch(k -> template.declaration(k, name).isPresent());
    }

    private static Result refuse(String why) {
        return new Result(Optional.of(why), List.of());
    }
}

package dev.cfnlsp.navigate;

import dev.cfnlsp.template.Declaration;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.Reference;
import dev.cfnlsp.template.ReferenceKind;
import dev.cfnlsp.template.SourcePosition;
import dev.cfnlsp.template.SourceRange;
import dev.cfnlsp.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the logical id at a position — on its declaration's key or on any reference to it — and every place that
 * names it. Pseudo parameters and names that are not declared are not symbols.
 */
public final class Symbols {
    private Symbols() {
    }

    public static Optional<Symbol> at(Template template, SourcePosition position) {
        for (DeclarationKind kind : DeclarationKind.values()) {
            for (Declaration declaration : template.declarations(kind).values()) {
                if (declaration.key().range().contains(position)) {
                    return Optional.of(new Symbol(kind, declaration.name(), template.valueRange(declaration.key())));
                }
            }
        }
        for (Reference reference : template.references()) {
            if (reference.range().contains(position)) {
                return declarationOf(template, reference).map(d -> new Symbol(d.kind(), d.name(), reference.range()));
            }
        }
        return Optional.empty();
    }

    /** The declaration a reference resolves to, if the template declares it. */
    public static Optional<Declaration> declarationOf(Template template, Reference reference) {
        for (DeclarationKind kind : targetKinds(reference.kind())) {
            Optional<Declaration> declaration = template.declaration(kind, reference.target());
            if (declaration.isPresent()) {
                return declaration;
            }
        }
        return Optional.empty();
    }

    /** The declaration's own name range and every reference to it, in document order. */
    public static List<SourceRange> occurrences(Template template, Symbol symbol, boolean includeDeclaration) {
        List<SourceRange> ranges = new ArrayList<>();
        if (includeDeclaration) {
            template.declaration(symbol.kind(), symbol.name()).ifPresent(d -> ranges.add(template.valueRange(d.key())));
        }
        for (Reference reference : template.references()) {
            if (reference.target().equals(symbol.name())
                    && declarationOf(template, reference).filter(d -> d.kind() == symbol.kind()).isPresent()) {
                ranges.add(reference.range());
            }
        }
        return ranges;
    }

    /** The kinds of declaration a reference may name, in the order CloudFormation resolves them. */
    private static List<DeclarationKind> targetKinds(ReferenceKind kind) {
        return switch (kind) {
            case REF, SUB -> List.of(DeclarationKind.PARAMETER, DeclarationKind.RESOURCE);
            case GET_ATT, DEPENDS_ON -> List.of(DeclarationKind.RESOURCE);
            case CONDITION -> List.of(DeclarationKind.CONDITION);
            case FIND_IN_MAP -> List.of(DeclarationKind.MAPPING);
        };
    }
}

package dev.cfnlsp.server;

import dev.cfnlsp.template.Declaration;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.SourcePosition;
import dev.cfnlsp.template.SourceRange;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** The outline of a template (sections, then their logical ids with types) and logical ids across open templates. */
final class SymbolProvider {

    List<DocumentSymbol> outline(Template template) {
        List<DocumentSymbol> sections = new ArrayList<>();
        template.rootMapping().ifPresent(root -> {
            for (MappingEntry section : root.entries()) {
                DocumentSymbol symbol = new DocumentSymbol(section.name(), SymbolKind.Module,
                        Diagnostics.range(span(section)), Diagnostics.range(section.key().range()));
                kindOfSection(section.name()).ifPresent(kind -> symbol.setChildren(
                        template.declarations(kind).values().stream().map(d -> declarationSymbol(d)).toList()));
                sections.add(symbol);
            }
        });
        return sections;
    }

    List<WorkspaceSymbol> matching(String query, String uri, Template template) {
        String lower = query.toLowerCase(Locale.ROOT);
        List<WorkspaceSymbol> symbols = new ArrayList<>();
        for (DeclarationKind kind : DeclarationKind.values()) {
            for (Declaration declaration : template.declarations(kind).values()) {
                if (declaration.name().toLowerCase(Locale.ROOT).contains(lower)) {
                    WorkspaceSymbol symbol = new WorkspaceSymbol(declaration.name(), symbolKind(kind),
                            Either.forLeft(new Location(uri, Diagnostics.range(declaration.key().range()))), kind.section());
                    symbols.add(symbol);
                }
            }
        }
        return symbols;
    }

    private static DocumentSymbol declarationSymbol(Declaration declaration) {
        SourceRange whole = span(declaration.key(), declaration.body());
        DocumentSymbol symbol = new DocumentSymbol(declaration.name(), symbolKind(declaration.kind()),
                Diagnostics.range(whole), Diagnostics.range(declaration.key().range()));
        detail(declaration).ifPresent(symbol::setDetail);
        return symbol;
    }

    /** A resource's or parameter's type, shown beside its name. */
    private static Optional<String> detail(Declaration declaration) {
        return declaration.mapping().flatMap(body -> body.text("Type"));
    }

    private static SourceRange span(MappingEntry entry) {
        return span(entry.key(), entry.value());
    }

    /** From the key to the end of its value; an alias's value is where its anchor is, which may be before the key. */
    private static SourceRange span(ScalarNode key, TemplateNode value) {
        SourcePosition end = value.range().end().isAfter(key.range().end()) ? value.range().end() : key.range().end();
        return new SourceRange(key.range().start(), end);
    }

    private static Optional<DeclarationKind> kindOfSection(String section) {
        for (DeclarationKind kind : DeclarationKind.values()) {
            if (kind.section().equals(section)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private static SymbolKind symbolKind(DeclarationKind kind) {
        return switch (kind) {
            case PARAMETER -> SymbolKind.Variable;
            case MAPPING -> SymbolKind.Struct;
            case CONDITION -> SymbolKind.Boolean;
            case RESOURCE -> SymbolKind.Object;
            case OUTPUT -> SymbolKind.Property;
        };
    }
}

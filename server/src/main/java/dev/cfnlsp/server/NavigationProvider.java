package dev.cfnlsp.server;

import dev.cfnlsp.navigate.Symbol;
import dev.cfnlsp.navigate.Symbols;
import dev.cfnlsp.template.SourcePosition;
import dev.cfnlsp.template.Template;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;

/** Go to definition, find references and document highlights for logical ids. */
final class NavigationProvider {

    List<Location> definition(String uri, Template template, Position position) {
        return symbolAt(template, position)
                .flatMap(symbol -> template.declaration(symbol.kind(), symbol.name()))
                .map(declaration -> List.of(new Location(uri, Diagnostics.range(template.valueRange(declaration.key())))))
                .orElse(List.of());
    }

    List<Location> references(String uri, Template template, Position position, boolean includeDeclaration) {
        return symbolAt(template, position)
                .map(symbol -> Symbols.occurrences(template, symbol, includeDeclaration).stream()
                        .map(range -> new Location(uri, Diagnostics.range(range)))
                        .toList())
                .orElse(List.of());
    }

    /** The declaration is highlighted as written to, every use as read. */
    List<DocumentHighlight> highlights(Template template, Position position) {
        Optional<Symbol> symbol = symbolAt(template, position);
        if (symbol.isEmpty()) {
            return List.of();
        }
        var declaration = template.declaration(symbol.get().kind(), symbol.get().name()).map(d -> template.valueRange(d.key()));
        return Symbols.occurrences(template, symbol.get(), true).stream()
                .map(range -> new DocumentHighlight(Diagnostics.range(range),
                        declaration.filter(range::equals).isPresent() ? DocumentHighlightKind.Write : DocumentHighlightKind.Read))
                .toList();
    }

    static Optional<Symbol> symbolAt(Template template, Position position) {
        return Symbols.at(template, new SourcePosition(position.getLine(), position.getCharacter()));
    }
}

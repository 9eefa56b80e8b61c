package dev.cfnlsp.template;

import java.util.Optional;

/**
 * One use of a logical id. {@code range} covers just the name as written; {@code attribute} is the GetAtt (or
 * {@code ${Res.Attr}}) attribute with its own range. {@code from} is the declaration the reference sits in, empty at
 * the top level (e.g. in Metadata).
 */
public record Reference(ReferenceKind kind, String target, SourceRange range, Optional<String> attribute,
                        Optional<SourceRange> attributeRange, Optional<Declaration> from) {

    public boolean isPseudoParameter() {
        return PseudoParameters.isPseudo(target);
    }
}

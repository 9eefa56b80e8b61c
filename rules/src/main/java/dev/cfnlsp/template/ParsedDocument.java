package dev.cfnlsp.template;

import java.util.List;
import java.util.Optional;

/**
 * What a parser produced: the root value when the text was well-formed, every problem it met, and whether a YAML alias
 * made one value appear in several places.
 */
record ParsedDocument(Optional<TemplateNode> root, List<ParseProblem> problems, boolean aliased) {

    ParsedDocument(Optional<TemplateNode> root, List<ParseProblem> problems) {
        this(root, problems, false);
    }
}

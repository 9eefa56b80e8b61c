package dev.cfnlsp.template;

import java.util.List;
import java.util.Optional;

/** What a parser produced: the root value when the text was well-formed, and every problem it met. */
record ParsedDocument(Optional<TemplateNode> root, List<ParseProblem> problems) {
}

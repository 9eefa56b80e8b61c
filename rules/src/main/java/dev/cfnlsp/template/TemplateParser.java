package dev.cfnlsp.template;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Parses template text, YAML or JSON, into a {@link Template}; never throws on bad input. */
public final class TemplateParser {
    private final ParserLimits limits;
    private final YamlTemplateParser yaml;
    private final JsonTemplateParser json;
    private final ResourceReparser reparser;

    public TemplateParser() {
        this(ParserLimits.DEFAULT);
    }

    public TemplateParser(ParserLimits limits) {
        this.limits = limits;
        this.yaml = new YamlTemplateParser(limits);
        this.json = new JsonTemplateParser(limits);
        this.reparser = new ResourceReparser(yaml, json);
    }

    /**
     * Parses a new version of a document, re-parsing only the resource the edit touched when the previous version
     * allows it; the result is the same model a full parse gives.
     */
    public Template parse(String uri, String text, Optional<Template> previous) {
        return previous.filter(p -> p.uri().equals(uri) && text.length() <= limits.maxCharacters())
                .flatMap(p -> reparser.reparse(p, text))
                .orElseGet(() -> parse(uri, text));
    }

    public Template parse(String uri, String text) {
        LineIndex lines = new LineIndex(text);
        TemplateFormat format = formatOf(uri, text);
        if (text.length() > limits.maxCharacters()) {
            ParseProblem tooLarge = new ParseProblem(ParseProblem.Kind.LIMIT, SourceRange.of(0, 0, 0, 0),
                    "The document has " + text.length() + " characters, more than the " + limits.maxCharacters()
                            + " this server analyses; it is not analysed.");
            return new Template(uri, text, format, lines, Optional.empty(), List.of(tooLarge));
        }
        ParsedDocument parsed = format == TemplateFormat.JSON ? json.parse(text, lines) : yaml.parse(text, lines);
        return new Template(uri, text, format, lines, parsed.root(), parsed.problems(), Optional.empty(), parsed.aliased(),
                Optional.empty());
    }

    static TemplateFormat formatOf(String uri, String text) {
        String lower = uri.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return TemplateFormat.JSON;
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return TemplateFormat.YAML;
        }
        return text.stripLeading().startsWith("{") ? TemplateFormat.JSON : TemplateFormat.YAML;
    }
}

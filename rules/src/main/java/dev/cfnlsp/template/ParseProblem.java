package dev.cfnlsp.template;

/** Something wrong with the text itself, found while building the model. */
public record ParseProblem(Kind kind, SourceRange range, String message) {

    static ParseProblem duplicateKey(ScalarNode repeated, ScalarNode first) {
        return new ParseProblem(Kind.DUPLICATE_KEY, repeated.range(), "Duplicate key '" + repeated.value()
                + "' (first defined on line " + (first.range().start().line() + 1)
                + "); keep only one: CloudFormation may reject the template or silently use just one of them.");
    }

    public enum Kind {
        /** The text is not well-formed YAML or JSON. */
        SYNTAX,
        /** A YAML tag that is no intrinsic function, e.g. a preprocessor's {@code !Rain::Embed}. */
        UNKNOWN_TAG,
        /** A mapping repeats a key; CloudFormation rejects the template. */
        DUPLICATE_KEY,
        /** The input is larger, deeper or more aliased than the parser accepts. */
        LIMIT
    }
}

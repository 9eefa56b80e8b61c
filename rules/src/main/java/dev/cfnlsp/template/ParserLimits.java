package dev.cfnlsp.template;

/** Bounds that keep hostile input (huge files, alias bombs, deep nesting) from slowing or crashing the analysis. */
public record ParserLimits(int maxCharacters, int maxNestingDepth, int maxAliases, long maxExpandedValues) {

    /**
     * Twenty times CloudFormation's own 1 MB template limit, so oversized-but-real templates still get analysed; a
     * few aliases may repeat a value, but never expand a document past two million values (a "billion laughs").
     */
    public static final ParserLimits DEFAULT = new ParserLimits(20_000_000, 200, 100, 2_000_000);
}

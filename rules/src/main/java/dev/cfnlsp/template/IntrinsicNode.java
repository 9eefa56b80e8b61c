package dev.cfnlsp.template;

/**
 * An intrinsic function call. {@code !Sub x} and {@code {"Fn::Sub": "x"}} both become one of these, so rules never
 * care which form was written. {@code function} is always the long name ({@code Ref}, {@code Fn::GetAtt},
 * {@code Condition}, ...); {@code nameRange} covers the tag or the key that named it.
 */
public record IntrinsicNode(String function, TemplateNode argument, SourceRange nameRange, boolean shortForm,
                            SourceRange range) implements TemplateNode {

    public boolean is(String functionName) {
        return function.equals(functionName);
    }
}

package dev.cfnlsp.template;

/** Recognises {@code {"Fn::Xxx": arg}} mappings as intrinsic function calls, for YAML and JSON alike. */
final class LongFormIntrinsics {
    private LongFormIntrinsics() {
    }

    static TemplateNode recognise(MappingNode mapping) {
        if (mapping.entries().size() != 1) {
            return mapping;
        }
        MappingEntry entry = mapping.entries().get(0);
        String name = entry.name();
        // A lone "Condition" key is a condition reference only among the operands of Fn::And/Or/Not; elsewhere it is
        // data (e.g. a Bedrock flow's Condition property), so the reference collector decides by context.
        if (!Intrinsics.isFunctionKey(name) || name.equals(Intrinsics.CONDITION)) {
            return mapping;
        }
        return new IntrinsicNode(name, entry.value(), entry.key().range(), false, mapping.range());
    }
}

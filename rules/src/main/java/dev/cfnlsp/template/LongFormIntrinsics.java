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
        if (!Intrinsics.isFunctionKey(name)) {
            return mapping;
        }
        // A lone "Condition" key is a condition reference only when it names one; otherwise it is ordinary data.
        if (name.equals(Intrinsics.CONDITION) && !(entry.value() instanceof ScalarNode)) {
            return mapping;
        }
        return new IntrinsicNode(name, entry.value(), entry.key().range(), false, mapping.range());
    }
}

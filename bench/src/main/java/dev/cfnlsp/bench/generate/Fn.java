package dev.cfnlsp.bench.generate;

import java.util.List;

/** An intrinsic function call in a generated template; each writer renders it in its own syntax. */
record Fn(String name, Object argument) {

    static Fn ref(String name) {
        return new Fn("Ref", name);
    }

    static Fn getAtt(String resource, String attribute) {
        return new Fn("Fn::GetAtt", List.of(resource, attribute));
    }

    static Fn sub(String text) {
        return new Fn("Fn::Sub", text);
    }

    static Fn ifThen(String condition, Object whenTrue, Object whenFalse) {
        return new Fn("Fn::If", List.of(condition, whenTrue, whenFalse));
    }

    static Fn equalTo(Object left, Object right) {
        return new Fn("Fn::Equals", List.of(left, right));
    }

    static Fn or(Object... conditions) {
        return new Fn("Fn::Or", List.of(conditions));
    }

    static Fn condition(String name) {
        return new Fn("Condition", name);
    }

    static Fn select(int index, Object list) {
        return new Fn("Fn::Select", List.of(index, list));
    }

    static Fn findInMap(String mapping, Object topKey, String secondKey) {
        return new Fn("Fn::FindInMap", List.of(mapping, topKey, secondKey));
    }

    /** The YAML short form's tag, {@code !Ref} or {@code !GetAtt}. */
    String tag() {
        return "!" + (name.startsWith("Fn::") ? name.substring("Fn::".length()) : name);
    }
}

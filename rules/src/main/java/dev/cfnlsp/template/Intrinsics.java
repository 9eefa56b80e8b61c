package dev.cfnlsp.template;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The intrinsic function names CloudFormation knows, in long form, and their YAML short-form tags. */
public final class Intrinsics {
    public static final String REF = "Ref";
    public static final String GET_ATT = "Fn::GetAtt";
    public static final String SUB = "Fn::Sub";
    public static final String IF = "Fn::If";
    public static final String FIND_IN_MAP = "Fn::FindInMap";
    public static final String CONDITION = "Condition";

    private static final Set<String> TEMPLATE_FUNCTIONS = Set.of(
            REF, CONDITION, GET_ATT, SUB, IF, FIND_IN_MAP,
            "Fn::Join", "Fn::Select", "Fn::Split", "Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not", "Fn::Base64",
            "Fn::Cidr", "Fn::ImportValue", "Fn::GetAZs", "Fn::Transform", "Fn::Length", "Fn::ToJsonString");
    /** Functions of the Rules section's assertions. */
    private static final Set<String> RULE_FUNCTIONS = Set.of(
            "Fn::Contains", "Fn::EachMemberEquals", "Fn::EachMemberIn", "Fn::RefAll", "Fn::ValueOf", "Fn::ValueOfAll");
    private static final Set<String> LONG_NAMES = Stream.concat(TEMPLATE_FUNCTIONS.stream(), RULE_FUNCTIONS.stream())
            .collect(Collectors.toUnmodifiableSet());

    private static final Map<String, String> BY_TAG = LONG_NAMES.stream()
            .collect(Collectors.toUnmodifiableMap(name -> "!" + name.replace("Fn::", ""), name -> name));

    private Intrinsics() {
    }

    /** The long name for a mapping key, when the key names an intrinsic function. */
    public static boolean isFunctionKey(String key) {
        return LONG_NAMES.contains(key);
    }

    /** The long name for a YAML tag such as {@code !GetAtt}. */
    public static Optional<String> forTag(String tag) {
        return Optional.ofNullable(BY_TAG.get(tag));
    }

    /** The long names of the functions that compute a value outside the Rules section (not {@code Condition}), sorted. */
    public static List<String> valueFunctions() {
        return TEMPLATE_FUNCTIONS.stream().filter(name -> !name.equals(CONDITION)).sorted().toList();
    }

    /** The YAML tags of the functions usable outside the Rules section, and with {@code inRules} of those too, sorted. */
    public static List<String> tags(boolean inRules) {
        return BY_TAG.entrySet().stream()
                .filter(tag -> inRules || TEMPLATE_FUNCTIONS.contains(tag.getValue()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }
}

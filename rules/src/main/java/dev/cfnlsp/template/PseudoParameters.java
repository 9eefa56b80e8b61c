package dev.cfnlsp.template;

import java.util.Set;

public final class PseudoParameters {
    public static final Set<String> NAMES = Set.of(
            "AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue", "AWS::Partition", "AWS::Region",
            "AWS::StackId", "AWS::StackName", "AWS::URLSuffix");

    private PseudoParameters() {
    }

    public static boolean isPseudo(String name) {
        return NAMES.contains(name);
    }
}

package dev.cfnlsp.complete;

import java.util.List;

/** The resource types available in every region the template targets. */
final class AvailableTypes {
    private AvailableTypes() {
    }

    static List<String> of(CompletionInput input) {
        return input.schemas().resourceTypeNames().stream()
                .filter(type -> input.regions().stream().allMatch(region -> input.schemas().isAvailableIn(type, region)))
                .toList();
    }
}

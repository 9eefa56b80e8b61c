package dev.cfnlsp.schema;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

/** The contents of {@code index.json.gz}: everything but the resource schemas themselves. */
record BundleIndex(
        SortedSet<String> regions,
        Map<String, IndexedType> types,
        SortedSet<String> typeNames,
        Map<String, List<String>> availabilityZones,
        String elbLogDeliveryServicePrincipal,
        Map<String, String> elbLogDeliveryAccounts,
        Set<String> statefulTypes,
        Map<String, LambdaRuntime> lambdaRuntimes,
        IamActionCatalog iamActions) {

    /** Where a resource type's schema is stored, and the regions offering the type. */
    record IndexedType(String serviceFile, SortedSet<String> regions) {
    }
}

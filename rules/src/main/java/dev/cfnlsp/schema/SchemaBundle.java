package dev.cfnlsp.schema;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The CloudFormation facts shipped inside the jar: resource types and where they are available, their schemas and
 * documentation, availability zones, ELB log delivery accounts, stateful types, Lambda runtime lifecycles and IAM
 * actions. The index is read once on first use; a service's resource schemas are read when one of them is first looked
 * up, and its documentation likewise.
 */
public final class SchemaBundle {

    private final BundleIndex index;
    private final ConcurrentMap<String, Map<String, ResourceSchema>> schemasByService = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Map<String, TypeDocumentation>> documentationByService =
            new ConcurrentHashMap<>();

    private SchemaBundle(BundleIndex index) {
        this.index = index;
    }

    private static final class Shared {
        static final SchemaBundle INSTANCE = new SchemaBundle(BundleResources.index());
    }

    /** The bundle on the classpath, read on first call. */
    public static SchemaBundle shared() {
        return Shared.INSTANCE;
    }

    public SortedSet<String> regions() {
        return index.regions();
    }

    /** Every resource type available in at least one region. */
    public SortedSet<String> resourceTypeNames() {
        return index.typeNames();
    }

    public boolean isAvailableIn(String typeName, String region) {
        return regionsFor(typeName).contains(region);
    }

    /** Empty for an unknown type. */
    public SortedSet<String> regionsFor(String typeName) {
        BundleIndex.IndexedType type = index.types().get(typeName);
        return type == null ? Collections.emptySortedSet() : type.regions();
    }

    /** Empty for an unknown type. */
    public Optional<ResourceSchema> resourceSchema(String typeName) {
        BundleIndex.IndexedType type = index.types().get(typeName);
        if (type == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                schemasByService.computeIfAbsent(type.serviceFile(), BundleResources::serviceFile).get(typeName));
    }

    /** Empty for an unknown type and for the few types AWS has not documented. */
    public Optional<TypeDocumentation> documentation(String typeName) {
        BundleIndex.IndexedType type = index.types().get(typeName);
        if (type == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(documentationByService
                .computeIfAbsent(type.serviceFile(), BundleResources::docsFile).get(typeName));
    }

    /** Empty for an unknown region. */
    public List<String> availabilityZones(String region) {
        return index.availabilityZones().getOrDefault(region, List.of());
    }

    /**
     * The account to allow in a bucket policy for ELB access logs; empty for regions that use
     * {@link #elbLogDeliveryServicePrincipal()} instead.
     */
    public Optional<String> elbLogDeliveryAccount(String region) {
        return Optional.ofNullable(index.elbLogDeliveryAccounts().get(region));
    }

    public String elbLogDeliveryServicePrincipal() {
        return index.elbLogDeliveryServicePrincipal();
    }

    /** Whether the type holds data that is lost when the resource is replaced or deleted. */
    public boolean isStateful(String typeName) {
        return index.statefulTypes().contains(typeName);
    }

    /** @param runtime as written in a template, e.g. {@code python3.9} */
    public Optional<LambdaRuntime> lambdaRuntime(String runtime) {
        return Optional.ofNullable(index.lambdaRuntimes().get(runtime));
    }

    /**
     * Whether an IAM action can be limited to specific resources, e.g. {@code s3:GetObject} → true; case-insensitive;
     * empty for an unknown action (wildcards included).
     */
    public Optional<Boolean> iamActionSupportsResourceScope(String action) {
        return index.iamActions().supportsResourceScope(action);
    }

    /** Lower-case action names without the prefix, sorted; empty for an unknown service prefix. */
    public Set<String> iamActions(String servicePrefix) {
        return index.iamActions().actions(servicePrefix);
    }
}

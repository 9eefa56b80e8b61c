package dev.cfnlsp.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads {@code regions.json} (region → type → schema file hash): where each type is available, and which of its
 * schema versions the bundle uses.
 */
final class RegionCatalog {

    private static final String PREFERRED_REGION = "us-east-1";

    private final List<String> regions;
    private final SortedMap<String, SortedSet<String>> regionsByType;
    private final SortedMap<String, String> schemaFileByType;

    private RegionCatalog(List<String> regions, SortedMap<String, SortedSet<String>> regionsByType,
            SortedMap<String, String> schemaFileByType) {
        this.regions = regions;
        this.regionsByType = regionsByType;
        this.schemaFileByType = schemaFileByType;
    }

    static RegionCatalog read(JsonNode regionsJson) {
        SortedMap<String, SortedMap<String, String>> hashesByType = new TreeMap<>();
        regionsJson.fields().forEachRemaining(region -> region.getValue().fields().forEachRemaining(type ->
                hashesByType.computeIfAbsent(type.getKey(), name -> new TreeMap<>())
                        .put(region.getKey(), type.getValue().asText())));
        SortedMap<String, SortedSet<String>> regionsByType = new TreeMap<>();
        SortedMap<String, String> schemaFileByType = new TreeMap<>();
        hashesByType.forEach((type, hashByRegion) -> {
            regionsByType.put(type, Collections.unmodifiableSortedSet(new TreeSet<>(hashByRegion.keySet())));
            schemaFileByType.put(type, chooseSchema(hashByRegion));
        });
        SortedSet<String> regions = new TreeSet<>();
        regionsJson.fieldNames().forEachRemaining(regions::add);
        return new RegionCatalog(List.copyOf(regions), regionsByType, schemaFileByType);
    }

    /** The us-east-1 version; elsewhere the version most regions use, ties going to the smallest hash. */
    static String chooseSchema(Map<String, String> hashByRegion) {
        String preferred = hashByRegion.get(PREFERRED_REGION);
        if (preferred != null) {
            return preferred;
        }
        SortedMap<String, Integer> regionCountByHash = new TreeMap<>();
        hashByRegion.values().forEach(hash -> regionCountByHash.merge(hash, 1, Integer::sum));
        return regionCountByHash.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow()
                .getKey();
    }

    /** Sorted. */
    List<String> regions() {
        return regions;
    }

    /** Sorted. */
    SortedSet<String> typeNames() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(regionsByType.keySet()));
    }

    SortedSet<String> regionsFor(String typeName) {
        return regionsByType.get(typeName);
    }

    /** The hash naming the file in {@code resources/} that holds the chosen schema. */
    String schemaFile(String typeName) {
        return schemaFileByType.get(typeName);
    }
}

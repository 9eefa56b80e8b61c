package dev.cfnlsp.schema;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** Reads {@code index.json.gz}; region sets and types are resolved after reading, whatever the order of the keys. */
final class IndexReader {

    private static final int SUPPORTED_FORMAT = 1;

    private final JsonParser parser;
    private List<String> regions = List.of();
    private List<String> regionSets = List.of();
    private final Map<String, Map<String, Integer>> regionSetByTypeByService = new HashMap<>();
    private final Map<String, List<String>> zones = new HashMap<>();
    private String elbPrincipal = "";
    private final Map<String, String> elbAccounts = new HashMap<>();
    private Set<String> statefulTypes = Set.of();
    private final Map<String, LambdaRuntime> lambdaRuntimes = new HashMap<>();
    private final Map<String, IamActionCatalog.ServiceActions> iamActions = new HashMap<>();

    private IndexReader(JsonParser parser) {
        this.parser = parser;
    }

    static BundleIndex read(JsonParser parser) throws IOException {
        return new IndexReader(parser).read();
    }

    private BundleIndex read() throws IOException {
        JsonReading.forEachField(parser, name -> {
            switch (name) {
                case "format" -> checkFormat(parser.getIntValue());
                case "regions" -> regions = JsonReading.strings(parser);
                case "regionSets" -> regionSets = JsonReading.strings(parser);
                case "services" -> readServices();
                case "zones" -> JsonReading.forEachField(parser, region -> zones.put(region, JsonReading.strings(parser)));
                case "elbLogDelivery" -> readElbLogDelivery();
                case "stateful" -> statefulTypes = Set.copyOf(JsonReading.strings(parser));
                case "lambdaRuntimes" -> JsonReading.forEachField(parser,
                        runtime -> lambdaRuntimes.put(runtime, readLambdaRuntime(runtime)));
                case "iam" -> JsonReading.forEachField(parser, prefix -> iamActions.put(prefix, readIamService()));
                default -> parser.skipChildren();
            }
        });
        Map<String, BundleIndex.IndexedType> types = resolveTypes();
        return new BundleIndex(
                Collections.unmodifiableSortedSet(new TreeSet<>(regions)),
                types,
                Collections.unmodifiableSortedSet(new TreeSet<>(types.keySet())),
                zones,
                elbPrincipal,
                elbAccounts,
                statefulTypes,
                lambdaRuntimes,
                new IamActionCatalog(iamActions));
    }

    private static void checkFormat(int format) throws IOException {
        if (format != SUPPORTED_FORMAT) {
            throw new IOException("schema bundle format " + format + " is not supported; expected " + SUPPORTED_FORMAT);
        }
    }

    private void readServices() throws IOException {
        JsonReading.forEachField(parser, service -> {
            Map<String, Integer> regionSetByType = new LinkedHashMap<>();
            JsonReading.forEachField(parser, type -> regionSetByType.put(type, parser.getIntValue()));
            regionSetByTypeByService.put(service, regionSetByType);
        });
    }

    private void readElbLogDelivery() throws IOException {
        JsonReading.forEachField(parser, name -> {
            switch (name) {
                case "principal" -> elbPrincipal = parser.getText();
                case "accounts" -> JsonReading.forEachField(parser, region -> elbAccounts.put(region, parser.getText()));
                default -> parser.skipChildren();
            }
        });
    }

    private LambdaRuntime readLambdaRuntime(String name) throws IOException {
        Map<String, String> fields = new HashMap<>();
        JsonReading.forEachField(parser, field -> fields.put(field, parser.getText()));
        return new LambdaRuntime(name,
                Optional.ofNullable(fields.get("deprecated")).map(IndexReader::isoDate),
                Optional.ofNullable(fields.get("createBlock")).map(IndexReader::isoDate),
                Optional.ofNullable(fields.get("updateBlock")).map(IndexReader::isoDate),
                Optional.ofNullable(fields.get("successor")));
    }

    /** {@code yyyy-MM-dd}, which the generator has validated; LocalDate.parse would cost ~20 ms on a cold JVM. */
    private static LocalDate isoDate(String text) {
        return LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)),
                Integer.parseInt(text.substring(8, 10)));
    }

    private IamActionCatalog.ServiceActions readIamService() throws IOException {
        Map<String, String> lists = new HashMap<>();
        JsonReading.forEachField(parser, list -> lists.put(list, parser.getText()));
        return new IamActionCatalog.ServiceActions(lists.getOrDefault("scoped", ""), lists.getOrDefault("unscoped", ""));
    }

    /** Each distinct region set, a {@code 0}/{@code 1} flag per region, becomes one shared, sorted set. */
    private Map<String, BundleIndex.IndexedType> resolveTypes() {
        List<SortedSet<String>> sets = new ArrayList<>(regionSets.size());
        for (String flags : regionSets) {
            SortedSet<String> set = new TreeSet<>();
            for (int index = 0; index < flags.length(); index++) {
                if (flags.charAt(index) == '1') {
                    set.add(regions.get(index));
                }
            }
            sets.add(Collections.unmodifiableSortedSet(set));
        }
        Map<String, BundleIndex.IndexedType> types = new HashMap<>();
        regionSetByTypeByService.forEach((service, regionSetByType) -> regionSetByType.forEach((type, set) ->
                types.put(type, new BundleIndex.IndexedType(service, sets.get(set)))));
        return types;
    }
}

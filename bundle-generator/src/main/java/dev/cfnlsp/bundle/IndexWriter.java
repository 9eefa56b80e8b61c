package dev.cfnlsp.bundle;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes {@code index.json.gz}:
 * <ul>
 *   <li>{@code format}: 1, raised on incompatible changes;
 *   <li>{@code regions}: sorted names;
 *   <li>{@code regionSets}: each a string with a {@code 0} or {@code 1} per entry of {@code regions};
 *   <li>{@code services}: service file name → type name → index into {@code regionSets};
 *   <li>{@code zones}: region → availability zones;
 *   <li>{@code elbLogDelivery}: {@code principal} and {@code accounts} (region → account);
 *   <li>{@code stateful}: type names;
 *   <li>{@code lambdaRuntimes}: runtime → {@code deprecated}, {@code createBlock}, {@code updateBlock} (ISO dates),
 *       {@code successor};
 *   <li>{@code iam}: service prefix → {@code scoped} and {@code unscoped}, space-separated lower-case action names
 *       with and without resource-level permissions.
 * </ul>
 */
final class IndexWriter {

    private static final int FORMAT = 1;

    private final RegionCatalog catalog;
    private final SortedMap<String, SortedSet<String>> typesByService;
    private final SourceFiles sources;

    IndexWriter(RegionCatalog catalog, SortedMap<String, SortedSet<String>> typesByService, SourceFiles sources) {
        this.catalog = catalog;
        this.typesByService = typesByService;
        this.sources = sources;
    }

    long write(Path file) throws IOException {
        return GzipJson.write(file, out -> {
            out.writeStartObject();
            out.writeNumberField("format", FORMAT);
            ShapeWriter.writeStrings(out, "regions", catalog.regions());
            writeAvailability(out);
            writeZones(out, sources.availabilityZones());
            writeElbLogDelivery(out, sources.elbLogDeliveryAccounts());
            ShapeWriter.writeStrings(out, "stateful", sortedFieldNames(sources.statefulResources().path("ResourceTypes")));
            writeLambdaRuntimes(out, sources.lambdaRuntimes());
            writeIam(out, sources.iamPolicies());
            out.writeEndObject();
        });
    }

    /** Most types share one of few region sets, so each distinct set is written once and types point to it. */
    private void writeAvailability(JsonGenerator out) throws IOException {
        List<SortedSet<String>> regionSets = new ArrayList<>();
        SortedMap<String, SortedMap<String, Integer>> setByTypeByService = new TreeMap<>();
        typesByService.forEach((service, types) -> {
            SortedMap<String, Integer> setByType = new TreeMap<>();
            for (String type : types) {
                SortedSet<String> regions = catalog.regionsFor(type);
                if (!regionSets.contains(regions)) {
                    regionSets.add(regions);
                }
                setByType.put(type, regionSets.indexOf(regions));
            }
            setByTypeByService.put(service, setByType);
        });
        out.writeArrayFieldStart("regionSets");
        for (SortedSet<String> regions : regionSets) {
            StringBuilder flags = new StringBuilder();
            catalog.regions().forEach(region -> flags.append(regions.contains(region) ? '1' : '0'));
            out.writeString(flags.toString());
        }
        out.writeEndArray();
        out.writeObjectFieldStart("services");
        for (var service : setByTypeByService.entrySet()) {
            out.writeObjectFieldStart(service.getKey());
            for (var type : service.getValue().entrySet()) {
                out.writeNumberField(type.getKey(), type.getValue());
            }
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    private static void writeZones(JsonGenerator out, JsonNode zonesByRegion) throws IOException {
        out.writeObjectFieldStart("zones");
        for (String region : sortedFieldNames(zonesByRegion)) {
            out.writeArrayFieldStart(region);
            for (JsonNode zone : zonesByRegion.get(region)) {
                out.writeString(zone.asText());
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    private static void writeElbLogDelivery(JsonGenerator out, JsonNode elb) throws IOException {
        out.writeObjectFieldStart("elbLogDelivery");
        out.writeStringField("principal", elb.path("servicePrincipal").asText());
        out.writeObjectFieldStart("accounts");
        JsonNode accounts = elb.path("accounts");
        for (String region : sortedFieldNames(accounts)) {
            out.writeStringField(region, accounts.get(region).asText());
        }
        out.writeEndObject();
        out.writeEndObject();
    }

    private static void writeLambdaRuntimes(JsonGenerator out, JsonNode runtimes) throws IOException {
        out.writeObjectFieldStart("lambdaRuntimes");
        for (String name : sortedFieldNames(runtimes)) {
            JsonNode runtime = runtimes.get(name);
            out.writeObjectFieldStart(name);
            writeDate(out, "deprecated", runtime.path("deprecated"));
            writeDate(out, "createBlock", runtime.path("create-block"));
            writeDate(out, "updateBlock", runtime.path("update-block"));
            if (runtime.path("successor").isTextual()) {
                out.writeStringField("successor", runtime.get("successor").asText());
            }
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    /** Dates are checked here so that a malformed one fails the build rather than the language server. */
    private static void writeDate(JsonGenerator out, String key, JsonNode date) throws IOException {
        if (date.isTextual()) {
            out.writeStringField(key, LocalDate.parse(date.asText()).toString());
        }
    }

    private static void writeIam(JsonGenerator out, JsonNode policies) throws IOException {
        out.writeObjectFieldStart("iam");
        for (String prefix : sortedFieldNames(policies)) {
            SortedSet<String> scoped = new TreeSet<>();
            SortedSet<String> unscoped = new TreeSet<>();
            policies.get(prefix).path("Actions").fields().forEachRemaining(action -> {
                boolean hasResources = !action.getValue().path("Resources").isEmpty();
                (hasResources ? scoped : unscoped).add(action.getKey().toLowerCase(Locale.ROOT));
            });
            out.writeObjectFieldStart(prefix.toLowerCase(Locale.ROOT));
            out.writeStringField("scoped", String.join(" ", scoped));
            out.writeStringField("unscoped", String.join(" ", unscoped));
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    private static SortedSet<String> sortedFieldNames(JsonNode object) {
        SortedSet<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

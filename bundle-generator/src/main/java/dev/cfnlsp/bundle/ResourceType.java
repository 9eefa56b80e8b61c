package dev.cfnlsp.bundle;

import java.util.List;
import java.util.Map;

/** What the bundle keeps of one resource type; property paths are dotted ({@code Endpoint.Address}). */
record ResourceType(
        String typeName,
        Shape properties,
        Map<String, Shape> definitions,
        List<String> attributes,
        List<String> createOnlyProperties,
        List<String> primaryIdentifier,
        boolean taggable,
        String tagsProperty) {

    /** The bundle file holding this type: {@code AWS::S3::Bucket} is in {@code AWS-S3}. */
    String serviceKey() {
        return serviceKey(typeName);
    }

    static String serviceKey(String typeName) {
        String[] parts = typeName.split("::");
        return parts.length < 2 ? typeName : parts[0] + "-" + parts[1];
    }
}

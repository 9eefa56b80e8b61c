package dev.cfnlsp.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reads each rule's Markdown explanation from {@code /dev/cfnlsp/rules/docs/<id>.md} once. */
final class RuleDocumentation {
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private RuleDocumentation() {
    }

    static String of(String id) {
        return CACHE.computeIfAbsent(id, RuleDocumentation::load);
    }

    private static String load(String id) {
        try (InputStream in = RuleDocumentation.class.getResourceAsStream("/dev/cfnlsp/rules/docs/" + id + ".md")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

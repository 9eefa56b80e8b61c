package dev.cfnlsp.complete;

import java.util.List;
import java.util.Map;

/** A key path found from YAML block structure, with the entries of each mapping along it (see {@link CursorContext}). */
record BlockPath(List<Object> segments, List<Map<String, String>> scopes) {
}

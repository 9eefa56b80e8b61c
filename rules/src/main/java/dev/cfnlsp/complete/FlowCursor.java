package dev.cfnlsp.complete;

import java.util.List;
import java.util.Map;

/** What {@link FlowScanner} found at the cursor: the path below where it started, in {@link CursorContext}'s terms. */
record FlowCursor(Slot slot, List<Object> segments, List<Map<String, String>> scopes, Token token,
                  List<String> previousItems, boolean inFlow) {
}

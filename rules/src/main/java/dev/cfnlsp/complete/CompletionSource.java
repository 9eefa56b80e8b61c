package dev.cfnlsp.complete;

import java.util.List;

/** Items for one kind of context; an empty list when the cursor is not in that context. */
interface CompletionSource {
    List<Completion> complete(CompletionInput input);
}

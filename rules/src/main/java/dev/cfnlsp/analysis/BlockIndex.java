package dev.cfnlsp.analysis;

import dev.cfnlsp.rule.Finding;
import dev.cfnlsp.template.SourcePosition;
import java.util.List;
import java.util.Optional;

/** Finds the resource block a finding starts in, by binary search over blocks in document order. */
final class BlockIndex {
    private final List<ResourceBlock> blocks;

    BlockIndex(List<ResourceBlock> blocks) {
        this.blocks = blocks;
    }

    Optional<ResourceBlock> containing(Finding finding) {
        SourcePosition position = finding.range().start();
        int low = 0;
        int high = blocks.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (blocks.get(middle).start().isAfter(position)) {
                high = middle - 1;
            } else {
                low = middle + 1;
            }
        }
        return high < 0 ? Optional.empty() : Optional.of(blocks.get(high)).filter(b -> b.range().contains(position));
    }
}

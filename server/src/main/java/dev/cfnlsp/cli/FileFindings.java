package dev.cfnlsp.cli;

import dev.cfnlsp.rule.Finding;
import java.util.List;

/** The findings of one linted file; {@code path} is as the user wrote it (relative stays relative). */
record FileFindings(String path, List<Finding> findings) {
}

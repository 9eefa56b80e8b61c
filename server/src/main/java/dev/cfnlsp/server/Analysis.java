package dev.cfnlsp.server;

import dev.cfnlsp.rule.Finding;
import dev.cfnlsp.template.Template;
import java.util.List;

/**
 * The model and findings of one document version; every feature reads this instead of re-parsing.
 * {@code lastWellFormed} is the template itself when it parsed, else the newest earlier version that did.
 */
record Analysis(int version, Template template, Template lastWellFormed, List<Finding> findings) {
}

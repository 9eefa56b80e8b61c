package dev.cfnlsp.rules.elb;

import dev.cfnlsp.rules.support.MapLookup;
import dev.cfnlsp.template.TemplateNode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One AWS principal of a bucket policy, as far as the template tells which account it is. */
sealed interface Grant {

    /** A principal written out, e.g. {@code arn:aws:iam::127311923021:root}; {@code conditional} inside an Fn::If. */
    record Written(String text, TemplateNode node, boolean conditional) implements Grant {
        private static final Pattern ACCOUNT = Pattern.compile("(?:arn:[A-Za-z0-9-]+:iam::)?(\\d{12})(?::root)?");

        Optional<String> account() {
            return Written.account(text);
        }

        /** The account of a bare id or a root ARN; {@code ${...}} placeholders never match. */
        static Optional<String> account(String text) {
            Matcher matcher = ACCOUNT.matcher(text.trim());
            return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
        }
    }

    /** A principal read from a mapping with one row per region. */
    record Mapped(MapLookup lookup) implements Grant {
    }
}

package dev.cfnlsp.rules.iam;

import dev.cfnlsp.schema.SchemaBundle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** IAM action names as policies write them: {@code service:Name}, with {@code *} and {@code ?} wildcards. */
final class IamActions {
    private static final Pattern SERVICE_WILDCARD = Pattern.compile("[A-Za-z0-9-]+:\\*");

    private IamActions() {
    }

    /** {@code *} or {@code service:*}: every action (of one service). */
    static boolean isFullWildcard(String written) {
        return written.equals("*") || SERVICE_WILDCARD.matcher(written).matches();
    }

    static boolean hasWildcard(String written) {
        return written.contains("*") || written.contains("?");
    }

    /** Whether a written action, wildcards included, grants {@code action} ({@code service:Name}); case-insensitive. */
    static boolean grants(String written, String action) {
        return glob(written).matcher(action).matches();
    }

    /**
     * The known actions a written action stands for, as lower-case {@code service:name}; empty for an unknown service
     * and for {@code *} alone.
     */
    static List<String> expand(String written, SchemaBundle schema) {
        int colon = written.indexOf(':');
        if (colon <= 0) {
            return List.of();
        }
        String service = written.substring(0, colon).toLowerCase(Locale.ROOT);
        Pattern pattern = glob(written.substring(colon + 1));
        return schema.iamActions(service).stream()
                .filter(name -> pattern.matcher(name).matches())
                .map(name -> service + ":" + name)
                .toList();
    }

    private static Pattern glob(String written) {
        StringBuilder regex = new StringBuilder();
        for (char c : written.toCharArray()) {
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }
}

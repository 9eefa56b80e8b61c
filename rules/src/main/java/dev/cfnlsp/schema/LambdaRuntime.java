package dev.cfnlsp.schema;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The lifecycle of a Lambda runtime: when it is deprecated, when functions can no longer be created or updated with it,
 * and the runtime to move to.
 */
public record LambdaRuntime(
        String name,
        Optional<LocalDate> deprecated,
        Optional<LocalDate> createBlock,
        Optional<LocalDate> updateBlock,
        Optional<String> successor) {
}

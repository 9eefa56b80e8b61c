package dev.cfnlsp.template;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Turns Jackson's parser messages into sentences for the person at the keyboard. */
final class JsonErrorMessages {
    private JsonErrorMessages() {
    }

    static String humanise(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int detail = message.indexOf("\n at [Source");
        if (detail >= 0) {
            message = message.substring(0, detail);
        }
        message = message.replaceAll(" ?\\(for (Object|Array) starting at \\[[^]]*]\\)", "")
                .replace("Unexpected end-of-input", "the document ends too early")
                .replace("was expecting double-quote to start field name", "expected a key in double quotes")
                .replace("was expecting comma to separate Object entries", "expected a comma between entries")
                .replace("was expecting comma to separate Array entries", "expected a comma between list items")
                .replace("was expecting a colon to separate field name and value", "expected a colon after the key");
        return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
}

package dev.cfnlsp.schema;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Small helpers over a Jackson streaming parser, which the bundle readers use for speed. */
final class JsonReading {

    @FunctionalInterface
    interface FieldReader {
        /** Called with the parser on the field's value; must consume the whole value. */
        void read(String name) throws IOException;
    }

    private JsonReading() {
    }

    /** Reads the object the parser is on, or the next one if the parser has not started yet. */
    static void forEachField(JsonParser parser, FieldReader reader) throws IOException {
        if (parser.currentToken() == null) {
            parser.nextToken();
        }
        expect(parser, JsonToken.START_OBJECT);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            reader.read(name);
        }
    }

    static List<String> strings(JsonParser parser) throws IOException {
        expect(parser, JsonToken.START_ARRAY);
        List<String> values = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            values.add(parser.getText());
        }
        return Collections.unmodifiableList(values);
    }

    private static void expect(JsonParser parser, JsonToken token) throws IOException {
        if (parser.currentToken() != token) {
            throw new IOException("expected " + token + " but found " + parser.currentToken()
                    + " at " + parser.currentLocation());
        }
    }
}

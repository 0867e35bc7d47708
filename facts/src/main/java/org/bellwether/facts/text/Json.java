package org.bellwether.facts.text;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * Bellwether's JSON: snake-case field names, ISO dates, and NaN or infinities (undefined: warm-up, too few sessions)
 * written as null, since JSON has no NaN. The CLI, the facts files of notes and the API all write through it.
 */
public final class Json {

    private Json() {
    }

    /** A mapper writing Bellwether's JSON, indented when {@code pretty}. */
    public static ObjectMapper mapper(boolean pretty) {
        return new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .registerModule(new JavaTimeModule())
                .registerModule(new SimpleModule().addSerializer(Double.class, new UndefinedAsNull())
                        .addSerializer(Double.TYPE, new UndefinedAsNull()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .configure(SerializationFeature.INDENT_OUTPUT, pretty);
    }

    private static final class UndefinedAsNull extends StdSerializer<Double> {
        private static final long serialVersionUID = 1L;

        UndefinedAsNull() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            if (value == null || !Double.isFinite(value)) {
                generator.writeNull();
            } else {
                generator.writeNumber(value);
            }
        }
    }
}

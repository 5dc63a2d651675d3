package org.sharewell.web.internal;

import org.sharewell.kernel.InputText;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

import java.time.LocalDate;

/**
 * Holds every text and date in every request body to {@link InputText}, as it is read: so no
 * endpoint can forget, and a NUL, the year 999999999 or a number where text belongs is a 400 naming
 * the field rather than a database error or a name changed to 12345. Spring Boot adds this module to the one JSON mapper.
 */
class InputValues extends SimpleModule {

    InputValues() {
        super("sharewell-input-values");
        addDeserializer(String.class, new Text());
        addDeserializer(LocalDate.class, new Date());
    }

    private static final class Text extends StdScalarDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            // Jackson would otherwise take 12345 or true for text, and a wrong type would go unnoticed.
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new RefusedValue(parser, InputText.NOT_TEXT);
            }
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && InputText.hasControlCharacter(value)) {
                throw new RefusedValue(parser, InputText.CONTROL_CHARACTER);
            }
            return value;
        }
    }

    private static final class Date extends StdScalarDeserializer<LocalDate> {

        Date() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            LocalDate value = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            if (value != null && !InputText.hasFourDigitYear(value)) {
                throw new RefusedValue(parser, InputText.DATE_OUT_OF_RANGE);
            }
            return value;
        }
    }
}

package org.frontdoor.intake.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Dates and times exactly as the contract writes them: a date as {@code 2019-04-02}, a time as
 * {@code 2026-11-20T09:15:00Z} (or with an offset). Jackson's own readers also take numbers (a
 * {@code receivedAt} of 0 would be a contact received in 1970, its decision long overdue), arrays
 * ({@code []} would silently drop a date of birth) and padded or timed dates; each of those is far
 * likelier a client's mistake than its meaning.
 */
final class IsoDates extends SimpleModule {

    IsoDates() {
        super("iso-dates");
        addDeserializer(LocalDate.class, new IsoText<>(LocalDate.class, LocalDate::parse));
        addDeserializer(Instant.class, new IsoText<>(Instant.class,
                text -> OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant()));
    }

    /** Reads a JSON string in one ISO-8601 form, and nothing else. */
    private static final class IsoText<T> extends StdScalarDeserializer<T> {

        private final Class<T> type;
        private final Function<String, T> parse;

        IsoText(Class<T> type, Function<String, T> parse) {
            super(type);
            this.type = type;
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return type.cast(context.handleUnexpectedToken(type, parser));
            }
            String text = parser.getString();
            try {
                return parse.apply(text);
            } catch (DateTimeParseException e) {
                return type.cast(context.handleWeirdStringValue(type, text, "not in ISO-8601 form"));
            }
        }
    }
}

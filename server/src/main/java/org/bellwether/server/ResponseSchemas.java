package org.bellwether.server;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The response schemas of the OpenAPI document, generated (victools' generator) from the record types the handlers
 * return, named as the API's JSON names them (snake_case, dates as ISO strings), each type defined once under
 * {@code components/schemas} and referenced from every response that holds it.
 */
final class ResponseSchemas {

    private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE = new PropertyNamingStrategies
            .SnakeCaseStrategy();

    private final SchemaBuilder builder;
    private final ObjectMapper mapper;

    ResponseSchemas(ObjectMapper mapper) {
        this.mapper = mapper;
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(mapper, SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON).with(Option.ADDITIONAL_FIXED_TYPES, Option.PLAIN_DEFINITION_KEYS,
                Option.FLATTENED_ENUMS_FROM_TOSTRING, Option.DEFINITIONS_FOR_ALL_OBJECTS,
                Option.NONSTATIC_NONVOID_NONGETTER_METHODS) // with the option below: methods Jackson writes
                .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_ORDER,
                        JacksonOption.INCLUDE_ONLY_JSONPROPERTY_ANNOTATED_METHODS));
        config.forFields().withPropertyNameOverrideResolver(field -> field.getAnnotationConsideringFieldAndGetter(
                JsonProperty.class) == null ? SNAKE.translate(field.getName()) : null);
        // a method Jackson writes (@JsonProperty on a derived value) is named "partial()" by the generator
        config.forTypesInGeneral().withTypeAttributeOverride((schema, scope, context) -> {
            if (schema.get("properties") instanceof ObjectNode properties) {
                ObjectNode renamed = properties.objectNode();
                properties.properties().forEach(p -> renamed.set(p.getKey().replace("()", ""), p.getValue()));
                schema.set("properties", renamed);
            }
        });
        this.builder = new SchemaGenerator(config.build()).buildMultipleSchemaDefinitions();
    }

    /**
     * The schema of a 200 holding {@code answer}: a reference to its type's definition, or an array of them. The
     * reference is a node the generator fills in at {@link #definitions()}: put it in the document as it is.
     */
    Object of(Route.Answer answer) {
        if (answer.type() == null) {
            return Map.of("type", "object");
        }
        ObjectNode reference = builder.createSchemaReference(answer.type());
        return answer.list() ? Map.of("type", "array", "items", reference) : reference;
    }

    /** Every type's definition, for {@code components/schemas}; call after the last {@link #of}. */
    Map<String, Object> definitions() {
        return toMap(builder.collectDefinitions("components/schemas"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> toMap(ObjectNode node) {
        return new LinkedHashMap<>(mapper.convertValue(node, Map.class));
    }
}

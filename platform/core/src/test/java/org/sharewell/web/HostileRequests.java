package org.sharewell.web;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The hostile requests for each operation of an OpenAPI description: worked out from the
 * description alone, so that an operation added to the API is sent them without anyone listing it.
 */
final class HostileRequests {

    record Operation(HttpMethod method, String path, JsonNode description) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    record Hostile(String what, MockHttpServletRequestBuilder request) {
    }

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String LONG_TEXT = "a".repeat(100_000);
    private static final String HUGE_BODY = "{\"text\": \"" + "a".repeat(5 * 1024 * 1024) + "\"}";

    private HostileRequests() {
    }

    static List<Operation> operationsIn(JsonNode description) {
        var operations = new ArrayList<Operation>();
        for (var path : description.get("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                if (METHODS.contains(operation.getKey())) {
                    operations.add(new Operation(HttpMethod.valueOf(operation.getKey().toUpperCase(Locale.ROOT)),
                            path.getKey(), operation.getValue()));
                }
            }
        }
        return operations;
    }

    static List<Hostile> against(Operation operation, JsonNode description) {
        // Ids that exist nowhere: the operation must refuse the input, not find something to change.
        String path = operation.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        var hostile = new ArrayList<Hostile>();
        for (JsonNode parameter : operation.description().path("parameters")) {
            if ("query".equals(parameter.path("in").asString())) {
                String name = parameter.get("name").asString();
                for (String value : List.of("Nul\u0000", "\u001b[31m", LONG_TEXT, "-1", "99999999999999999999",
                        "+999999999-12-31")) {
                    hostile.add(new Hostile("query " + name + "=" + shortly(value),
                            request(operation.method(), path).queryParam(name, value)));
                }
            }
        }
        if (operation.description().has("requestBody")) {
            for (String body : List.of("not JSON", "", "[]", "null", "{\"", "{\"a\": 1,}", HUGE_BODY)) {
                hostile.add(new Hostile("body " + shortly(body), json(operation, path, body.getBytes(StandardCharsets.UTF_8))));
            }
            hostile.add(new Hostile("invalid UTF-8", json(operation, path,
                    new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'})));
            for (var field : fieldsOf(operation.description().path("requestBody"), description)) {
                for (JsonNode value : wrongValuesFor(field.getValue())) {
                    var body = NODES.objectNode().set(field.getKey(), value);
                    hostile.add(new Hostile(field.getKey() + "=" + shortly(value.toString()),
                            json(operation, path, body.toString().getBytes(StandardCharsets.UTF_8))));
                }
            }
        }
        if (hostile.isEmpty()) {
            hostile.add(new Hostile("an id that exists nowhere", request(operation.method(), path)));
        }
        return hostile;
    }

    private static MockHttpServletRequestBuilder json(Operation operation, String path, byte[] body) {
        return request(operation.method(), path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** The properties of the body's schema, following a reference into the description's components. */
    private static Iterable<java.util.Map.Entry<String, JsonNode>> fieldsOf(JsonNode requestBody, JsonNode description) {
        JsonNode schema = requestBody.path("content").path("application/json").path("schema");
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
            schema = description.path("components").path("schemas").path(name);
        }
        return schema.path("properties").properties();
    }

    /** Of the wrong type for the field, or of its type but unusable: a NUL, 100 kB, a date no calendar holds. */
    private static List<JsonNode> wrongValuesFor(JsonNode field) {
        var values = new ArrayList<JsonNode>(List.of(NODES.stringNode("Nul\u0000"), NODES.stringNode(LONG_TEXT),
                NODES.objectNode(), NODES.numberNode(new java.math.BigInteger("99999999999999999999999"))));
        String type = field.path("type").asString();
        if (!"array".equals(type)) {
            values.add(NODES.arrayNode().add("x"));
        }
        if ("date".equals(field.path("format").asString()) || "date-time".equals(field.path("format").asString())) {
            values.add(NODES.stringNode("+999999999-12-31"));
            values.add(NODES.stringNode("31/12/2026"));
        }
        return values;
    }

    private static String shortly(String text) {
        String visible = text.replace("\u0000", "\\0").replace("\u001b", "\\e");
        return visible.length() > 24 ? visible.substring(0, 24) + "… (" + text.length() + " characters)" : visible;
    }
}

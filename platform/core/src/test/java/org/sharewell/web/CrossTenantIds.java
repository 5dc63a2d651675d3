package org.sharewell.web;

import org.sharewell.ApiCalls;
import org.sharewell.Organisation;
import tools.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.GET;

/**
 * The real ids of one organisation's data, found the way a client finds them: by reading every list
 * the API offers without an id, as the organisation's admin. An operation's path is filled with the
 * id read from the list its path starts with ({@code /api/v1/people} for {@code /api/v1/people/{id}}),
 * an enum parameter with its first value.
 */
final class CrossTenantIds {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Pattern A_UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** Ids found in each list, by the list's path. */
    private final Map<String, List<String>> idsByList;
    private final Set<String> every;

    private CrossTenantIds(Map<String, List<String>> idsByList, Set<String> every) {
        this.idsByList = idsByList;
        this.every = every;
    }

    static CrossTenantIds of(ApiCalls at, String token, List<HostileRequests.Operation> operations) throws Exception {
        var byList = new TreeMap<String, List<String>>();
        var every = new LinkedHashSet<String>();
        for (var operation : operations) {
            if (operation.method() == GET && !operation.path().contains("{") && !operation.path().endsWith(".csv")) {
                var answer = at.call(GET, operation.path(), token, null);
                if (answer.getStatus() == 200 && answer.getContentType() != null
                        && answer.getContentType().startsWith("application/json")) {
                    var ids = new java.util.ArrayList<String>();
                    collectIds(json(answer), ids);
                    byList.put(operation.path(), ids);
                    every.addAll(ids);
                }
            }
        }
        return new CrossTenantIds(byList, every);
    }

    /** The operation's path with each parameter filled in: an id of theirs, or an enum's first value. */
    String fill(HostileRequests.Operation operation) {
        return fill(operation, false);
    }

    /** As {@link #fill(HostileRequests.Operation)}, but with ids that exist nowhere. */
    String fillWithNobodysIds(HostileRequests.Operation operation) {
        return fill(operation, true);
    }

    private String fill(HostileRequests.Operation operation, boolean nobodys) {
        String path = operation.path();
        var matcher = PARAMETER.matcher(path);
        var filled = new StringBuilder();
        while (matcher.find()) {
            String prefix = path.substring(0, matcher.start() - 1);
            String value = enumValue(operation, matcher.group(1))
                    .orElseGet(() -> nobodys ? UUID.randomUUID().toString() : idsByList.getOrDefault(prefix, List.of()).stream().findFirst()
                            .orElseGet(() -> every.stream().findFirst().orElse(UUID.randomUUID().toString())));
            matcher.appendReplacement(filled, value);
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    /** The lists in which ids of theirs were found: so a test can tell that it tried real ones. */
    Set<String> listsWithIds() {
        var lists = new java.util.TreeSet<String>();
        idsByList.forEach((list, ids) -> {
            if (!ids.isEmpty()) {
                lists.add(list);
            }
        });
        return lists;
    }

    /** What must never show at another organisation: their ids, name and address name. */
    Set<String> secrets(Organisation theirs) {
        var secrets = new HashSet<>(every);
        secrets.add(theirs.slug());
        return secrets;
    }

    private static java.util.Optional<String> enumValue(HostileRequests.Operation operation, String name) {
        for (JsonNode parameter : operation.description().path("parameters")) {
            if (name.equals(parameter.path("name").asString()) && parameter.path("schema").has("enum")) {
                return java.util.Optional.of(parameter.path("schema").path("enum").get(0).asString());
            }
        }
        return java.util.Optional.empty();
    }

    private static void collectIds(JsonNode node, List<String> ids) {
        if (node.isObject()) {
            for (var field : node.properties()) {
                if (field.getValue().isString() && A_UUID.matcher(field.getValue().asString()).matches()) {
                    ids.add(field.getValue().asString());
                } else {
                    collectIds(field.getValue(), ids);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                collectIds(item, ids);
            }
        }
    }
}

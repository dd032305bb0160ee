package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.support.DemoUsers;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input on every JSON endpoint of the API, found in the OpenAPI document: malformed JSON, a
 * JSON array where an object belongs, wrong types in every field, a 100 000-character string in
 * every text field, and an unknown field. Each must answer 4xx with an RFC 9457 problem body, and
 * no table may gain or lose a row.
 *
 * <p>Each operation is probed as one demo account that may call it, so that a bad body meets the
 * validation rather than stopping at a role check: first the account that works the path's module
 * ({@link #WORKS_ON}), then the others in turn; one that is refused (403) gives way to the next,
 * for that body and the operation's remaining ones. A module missing from the map is probed all
 * the same. The work grows with endpoints × bodies, not × accounts as well.
 */
@FazhiIT
class ApiBadInputIT {

    /** Who may be tried: between them every business and administrator role of the demo. */
    static final List<String> USERS = List.of("fzb", "qicao", "shencha", "donghu", DemoUsers.ADMIN, "secadmin",
            "auditor");
    /** The demo account that works a module, by the path segment after /api/v1/. */
    static final Map<String, String> WORKS_ON = Map.ofEntries(Map.entry("normdocs", "qicao"),
            Map.entry("review", "shencha"), Map.entry("rules", "fzb"), Map.entry("units", DemoUsers.ADMIN),
            Map.entry("users", DemoUsers.ADMIN), Map.entry("audit", "auditor"), Map.entry("account", "donghu"),
            Map.entry("enforcement", "zhifa1"), Map.entry("inspections", "zhifa1"),
            Map.entry("participation", "fzb"), Map.entry("lists", "qicao"), Map.entry("governance", "fzb"),
            Map.entry("decisions", "fzb"), Map.entry("reconsideration", "shencha"), Map.entry("litigation", "fzb"),
            Map.entry("accountability", "fzb"), Map.entry("indicators", "fzb"), Map.entry("disclosure", "qicao"),
            Map.entry("disputes", "fzb"), Map.entry("publicity", "fzb"), Map.entry("suggestions", "fzb"),
            Map.entry("tickets", "fzb"), Map.entry("open311", "fzb"));
    static final Set<String> VOLATILE_TABLES = Set.of("flyway_schema_history", "audit_event", "audit_chain_head",
            "audit_chain", "audit_pending", "audit_chainer",
            "shedlock", "event_publication", "api_token",
            // another test context on the same database may remove expired sessions or log index changes meanwhile
            "spring_session", "spring_session_attributes", "search_change");
    static final String HUGE = "法".repeat(100_000);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    record Operation(HttpMethod method, String path, JsonNode bodySchema) {
    }

    @Test
    void everyJsonEndpointAnswersBadInputWithAProblemAndStoresNothing() throws Exception {
        List<Operation> operations = operations();
        assertThat(operations).as("JSON write endpoints found in /v3/api-docs").isNotEmpty();
        Map<String, Long> before = rowCounts();
        List<String> failures = new ArrayList<>();
        for (Operation op : operations) {
            List<String> candidates = candidates(op.path());
            int user = 0;
            for (Map.Entry<String, String> bad : badBodies(op).entrySet()) {
                MockHttpServletResponse r = send(op, candidates.get(user), bad.getValue());
                while (r.getStatus() == 403 && user + 1 < candidates.size()) {
                    r = send(op, candidates.get(++user), bad.getValue());
                }
                String as = op.method() + " " + op.path() + " as " + candidates.get(user) + " with " + bad.getKey();
                String type = String.valueOf(r.getContentType());
                if (r.getStatus() == 403) {
                    failures.add(as + " -> 403 for every demo account: none reaches the validation");
                } else if (r.getStatus() < 400 || r.getStatus() >= 500 || !type.contains("json")) {
                    failures.add(as + " -> " + r.getStatus() + " " + type);
                }
            }
        }
        assertThat(failures).as("bad input that was not answered 4xx with a problem body").isEmpty();
        assertThat(rowCounts()).as("row counts after bad input").isEqualTo(before);
    }

    /** The account that works the path's module first, then the others. */
    static List<String> candidates(String path) {
        String module = path.replaceFirst("^/api/v1/", "").replaceFirst("/.*", "");
        List<String> order = new ArrayList<>();
        if (WORKS_ON.containsKey(module)) {
            order.add(WORKS_ON.get(module));
        }
        USERS.stream().filter(u -> !order.contains(u)).forEach(order::add);
        return order;
    }

    private MockHttpServletResponse send(Operation op, String user, String body) throws Exception {
        return mvc.perform(request(op.method(), op.path()).with(DemoUsers.as(user))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    private Map<String, String> badBodies(Operation op) {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("malformed JSON", "{\"a\": ");
        bodies.put("array instead of object", "[1, 2, 3]");
        bodies.put("unknown field", "{\"noSuchFieldAnywhere\": 1}");
        Map<String, JsonNode> props = properties(op.bodySchema());
        if (!props.isEmpty()) {
            StringBuilder wrong = new StringBuilder("{");
            StringBuilder huge = new StringBuilder("{");
            Iterator<String> names = props.keySet().iterator();
            while (names.hasNext()) {
                String name = names.next();
                String t = props.get(name).path("type").asString("");
                wrong.append('"').append(name).append("\":").append("string".equals(t) ? "{\"x\":[1]}" : "\"x-not-a-value\"");
                huge.append('"').append(name).append("\":\"").append(HUGE).append('"');
                if (names.hasNext()) {
                    wrong.append(',');
                    huge.append(',');
                }
            }
            bodies.put("wrong types", wrong.append('}').toString());
            bodies.put("huge strings", huge.append('}').toString());
        }
        return bodies;
    }

    private Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> props = new LinkedHashMap<>();
        if (schema == null) {
            return props;
        }
        JsonNode p = schema.path("properties");
        for (String name : p.propertyNames()) {
            props.put(name, p.get(name));
        }
        return props;
    }

    private List<Operation> operations() throws Exception {
        String docs = mvc.perform(request(HttpMethod.GET, "/v3/api-docs")).andReturn().getResponse()
                .getContentAsString();
        JsonNode root = json.readTree(docs);
        JsonNode schemas = root.path("components").path("schemas");
        List<Operation> ops = new ArrayList<>();
        JsonNode paths = root.path("paths");
        for (String path : paths.propertyNames()) {
            JsonNode item = paths.get(path);
            for (String m : List.of("post", "put", "patch")) {
                JsonNode op = item.path(m);
                JsonNode content = op.path("requestBody").path("content");
                if (op.isMissingNode() || !content.has("application/json")) {
                    continue;
                }
                JsonNode schema = content.path("application/json").path("schema");
                String ref = schema.path("$ref").asString("");
                if (!ref.isEmpty()) {
                    schema = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
                }
                ops.add(new Operation(HttpMethod.valueOf(m.toUpperCase()), path.replaceAll("\\{[^}]+}", "1"), schema));
            }
        }
        return ops;
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> tables = jdbc.sql("select table_name from information_schema.tables"
                + " where lower(table_schema) = 'public' and table_type = 'BASE TABLE' order by table_name")
                .query(String.class).list();
        for (String t : tables) {
            String name = t.toLowerCase();
            if (!VOLATILE_TABLES.contains(name)) {
                counts.put(name, jdbc.sql("select count(*) from " + name).query(Long.class).single());
            }
        }
        return counts;
    }
}

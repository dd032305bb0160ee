package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every request class has a schema of its own in {@code /v3/api-docs}: several modules have a request
 * of the same simple name (ProgressRequest, ExtensionRequest, DecisionRequest, PartyRequest ...), and
 * a schema named by the simple name would be one of them for all, so the document would describe
 * another module's body (the authorization matrix and the bad-input probe build their bodies from it).
 * Schemas are named by the class's full name ({@code springdoc.use-fqn}).
 */
@FazhiIT
class RequestSchemaNamesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    JsonMapper json;

    @Test
    void noTwoRequestClassesShareASchemaNameAndEachSchemaHasItsClasssFields() throws Exception {
        JsonNode doc = json.readTree(mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        Map<String, Set<String>> classesBySchema = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        int bodies = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            Class<?> body = null;
            for (Parameter p : e.getValue().getMethod().getParameters()) {
                if (p.isAnnotationPresent(RequestBody.class) && p.getType().isRecord()) {
                    body = p.getType();
                }
            }
            if (body == null) {
                continue;
            }
            for (String pattern : e.getKey().getPatternValues()) {
                String path = pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
                for (var method : e.getKey().getMethodsCondition().getMethods()) {
                    JsonNode op = doc.path("paths").path(path).path(method.name().toLowerCase());
                    JsonNode schema = op.path("requestBody").path("content").path("application/json").path("schema");
                    String ref = schema.path("$ref").asString("");
                    if (op.isMissingNode() || ref.isEmpty()) {
                        continue;
                    }
                    bodies++;
                    String name = ref.substring(ref.lastIndexOf('/') + 1);
                    classesBySchema.computeIfAbsent(name, k -> new TreeSet<>()).add(body.getName());
                    Set<String> fields = new TreeSet<>();
                    for (var c : body.getRecordComponents()) {
                        var renamed = c.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
                        var onField = fieldAnnotation(body, c.getName());
                        fields.add(renamed != null && !renamed.value().isEmpty() ? renamed.value()
                                : onField != null && !onField.value().isEmpty() ? onField.value() : c.getName());
                    }
                    Set<String> documented = new TreeSet<>();
                    doc.path("components").path("schemas").path(name).path("properties").propertyNames()
                            .forEach(documented::add);
                    if (!documented.equals(fields)) {
                        problems.add(method + " " + path + ": schema " + name + " has " + documented + ", "
                                + body.getName() + " has " + fields);
                    }
                }
            }
        }
        assertThat(bodies).as("JSON request bodies found").isGreaterThan(100);
        Map<String, Set<String>> shared = classesBySchema.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(shared).as("schema names shared by several request classes").isEmpty();
        assertThat(problems).as("schemas that are not their request class's").isEmpty();
    }

    private static com.fasterxml.jackson.annotation.JsonProperty fieldAnnotation(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name).getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }
}

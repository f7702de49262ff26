package org.articlesummarizer.testing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The functions that template.yaml declares, as SAM would run them locally: the handler string,
 * and the environment with Globals merged in and {@code !Ref}s to parameters replaced by their
 * defaults. Other intrinsic functions ({@code !Sub}, {@code !GetAtt}) become empty strings.
 */
public final class SamTemplate {

    /** One {@code AWS::Serverless::Function}. */
    public record Function(String logicalId, String handler, Map<String, String> environment) {
    }

    private final Map<String, Object> root;

    private SamTemplate(Map<String, Object> root) {
        this.root = root;
    }

    public static SamTemplate read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object loaded = new Yaml(new CloudFormationConstructor()).load(in);
            return new SamTemplate(map(loaded));
        }
    }

    public List<Function> functions() {
        Map<String, Object> globals = map(map(root.get("Globals")).get("Function"));
        Map<String, Object> parameters = map(root.get("Parameters"));
        List<Function> functions = new ArrayList<>();
        for (Map.Entry<String, Object> resource : map(root.get("Resources")).entrySet()) {
            Map<String, Object> r = map(resource.getValue());
            if (!"AWS::Serverless::Function".equals(r.get("Type"))) continue;
            Map<String, Object> properties = map(r.get("Properties"));
            Object handler = properties.getOrDefault("Handler", globals.get("Handler"));
            Map<String, String> env = new LinkedHashMap<>();
            for (Map<String, Object> p : List.of(globals, properties)) {
                map(map(p.get("Environment")).get("Variables"))
                        .forEach((k, v) -> env.put(k, resolve(v, parameters)));
            }
            functions.add(new Function(resource.getKey(), String.valueOf(handler), env));
        }
        return functions;
    }

    private static String resolve(Object value, Map<String, Object> parameters) {
        if (value instanceof Ref ref) {
            Object def = map(parameters.get(ref.name())).get("Default");
            return def == null ? "" : String.valueOf(def);
        }
        if (value instanceof Intrinsic) return "";
        return value == null ? "" : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** {@code !Ref Name}. */
    record Ref(String name) {
    }

    /** Any other short-form intrinsic function. */
    record Intrinsic(String tag, Object value) {
    }

    /** Plain YAML plus CloudFormation's short-form tags. */
    private static final class CloudFormationConstructor extends SafeConstructor {
        CloudFormationConstructor() {
            super(new LoaderOptions());
            yamlConstructors.put(null, new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    String tag = node.getTag().getValue();
                    Object value;
                    if (node instanceof ScalarNode s) value = constructScalar(s);
                    else if (node instanceof SequenceNode s) value = constructSequence(s);
                    else value = constructMapping((MappingNode) node);
                    return tag.equals("!Ref") ? new Ref(String.valueOf(value)) : new Intrinsic(tag, value);
                }
            });
        }
    }
}

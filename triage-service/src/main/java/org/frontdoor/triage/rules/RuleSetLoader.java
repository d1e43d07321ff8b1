package org.frontdoor.triage.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads and checks a rule-set file (YAML; JSON is YAML too). The service loads its rule set once at
 * start-up, so an invalid file stops the start with a message naming every problem.
 */
public final class RuleSetLoader {

    /** The product's default rule set, on the classpath. */
    public static final String DEFAULT_RESOURCE = "rulesets/default.yaml";

    // A key given twice would silently lose one of its values, so it is refused.
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private RuleSetLoader() {
    }

    public static RuleSet loadDefault() {
        return loadResource(DEFAULT_RESOURCE);
    }

    /** A rule set on the classpath, e.g. {@code rulesets/default.yaml}. */
    public static RuleSet loadResource(String resource) {
        InputStream in = RuleSetLoader.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new InvalidRuleSetException("classpath:" + resource, List.of("no such resource on the classpath"));
        }
        try (in) {
            return load(in, "classpath:" + resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RuleSet load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        } catch (IOException e) {
            throw new InvalidRuleSetException(file.toString(), "the file cannot be read (" + e + ")", e);
        }
    }

    /**
     * @param source how to name the rule set in problems, e.g. its file name
     * @throws InvalidRuleSetException naming every problem found
     */
    public static RuleSet load(InputStream in, String source) {
        JsonNode document;
        try {
            document = YAML.readTree(in);
        } catch (JacksonException e) {
            throw new InvalidRuleSetException(source, "it cannot be read as YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        }
        if (document == null || document.isMissingNode() || document.isNull()) {
            throw new InvalidRuleSetException(source, List.of("the file is empty"));
        }
        return RuleSetReader.read(document, source);
    }
}

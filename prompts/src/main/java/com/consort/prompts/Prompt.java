package com.consort.prompts;

import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One versioned prompt or generation template. Its header declares the variables it reads; rendering
 * refuses a model that lacks one, so a missing value is an error and never an empty gap in a prompt.
 */
public final class Prompt {

    private final String id;
    private final int version;
    private final String description;
    private final List<String> variables;
    private final Map<String, Object> modelParameters;
    private final String file;
    private final Template template;
    private final PromptRef ref;

    Prompt(String id, int version, String description, List<String> variables, Map<String, Object> modelParameters,
           String file, Template template, String hash) {
        this.id = id;
        this.version = version;
        this.description = description;
        this.variables = List.copyOf(variables);
        this.modelParameters = Map.copyOf(modelParameters);
        this.file = file;
        this.template = template;
        this.ref = new PromptRef(id, version, hash);
    }

    public String id() {
        return id;
    }

    public int version() {
        return version;
    }

    public String description() {
        return description;
    }

    public List<String> variables() {
        return variables;
    }

    /** Model settings from the header (temperature, maxTokens, ...); empty for pure templates. */
    public Map<String, Object> modelParameters() {
        return modelParameters;
    }

    /** Where the prompt was loaded from, relative to its root: shown in errors and in the eval report. */
    public String file() {
        return file;
    }

    /** The output format the file extension selects: HTML ({@code .ftlh}) is escaped by default. */
    public String outputFormat() {
        return template.getOutputFormat().getName();
    }

    public PromptRef ref() {
        return ref;
    }

    public Rendered render(Map<String, ?> model) {
        Set<String> missing = new TreeSet<>(variables);
        missing.removeAll(model.keySet());
        if (!missing.isEmpty()) {
            throw new PromptException("Prompt " + ref + " (" + file + ") needs " + missing + " but was given " + new TreeSet<>(model.keySet()));
        }
        var out = new StringWriter();
        try {
            template.process(model, out);
        } catch (TemplateException | IOException e) {
            throw new PromptException("Prompt " + ref + " (" + file + ") failed to render: " + e.getMessage(), e);
        }
        return new Rendered(out.toString(), ref);
    }
}

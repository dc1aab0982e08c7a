package com.consort.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptRegistryTest {

    private static final String GREETING = """
            <#--
            id: test.greeting
            version: 3
            description: Greets a partner
            variables: [partner]
            model: {temperature: 0.2, maxTokens: 50}
            -->
            Hello ${partner}!""";

    @Test
    void rendersWithProvenanceAndWithoutTheHeader() {
        var registry = PromptRegistry.fromSources(Map.of("test/greeting.ftl", GREETING));
        var prompt = registry.get("test.greeting");

        var rendered = prompt.render(Map.of("partner", "Nordwerk"));

        assertThat(rendered.text()).isEqualTo("Hello Nordwerk!");
        assertThat(rendered.prompt().id()).isEqualTo("test.greeting");
        assertThat(rendered.prompt().version()).isEqualTo(3);
        assertThat(rendered.prompt().hash()).hasSize(12);
        assertThat(prompt.modelParameters()).containsEntry("temperature", 0.2).containsEntry("maxTokens", 50);
    }

    @Test
    void theHashChangesWithTheContent() {
        var a = PromptRegistry.fromSources(Map.of("g.ftl", GREETING)).get("test.greeting").ref();
        var b = PromptRegistry.fromSources(Map.of("g.ftl", GREETING + " Welcome.")).get("test.greeting").ref();
        assertThat(a.hash()).isNotEqualTo(b.hash());
    }

    @Test
    void requireFailsFastWhenTheCallerDoesNotSupplyADeclaredVariable() {
        var registry = PromptRegistry.fromSources(Map.of("g.ftl", GREETING));

        assertThat(registry.require("test.greeting", Set.of("partner", "extra")).id()).isEqualTo("test.greeting");
        assertThatThrownBy(() -> registry.require("test.greeting", Set.of("customer")))
                .isInstanceOf(PromptException.class)
                .hasMessageContaining("test.greeting@v3")
                .hasMessageContaining("[partner]")
                .hasMessageContaining("g.ftl");
    }

    @Test
    void renderingWithoutADeclaredVariableIsAnError() {
        var prompt = PromptRegistry.fromSources(Map.of("g.ftl", GREETING)).get("test.greeting");
        assertThatThrownBy(() -> prompt.render(Map.of())).isInstanceOf(PromptException.class).hasMessageContaining("[partner]");
    }

    @Test
    void htmlTemplatesEscapeByDefault() {
        var page = """
                <#--
                id: test.page
                version: 1
                description: A page
                variables: [title]
                -->
                <h1>${title}</h1>""";
        var prompt = PromptRegistry.fromSources(Map.of("page.ftlh", page)).get("test.page");

        String html = prompt.render(Map.of("title", "<script>alert(1)</script>\" onload=\"x")).text();

        assertThat(prompt.outputFormat()).isEqualTo("HTML");
        assertThat(html).isEqualTo("<h1>&lt;script&gt;alert(1)&lt;/script&gt;&quot; onload=&quot;x</h1>");
    }

    @Test
    void badHeadersAreRefusedWithTheFileName() {
        assertThatThrownBy(() -> PromptRegistry.fromSources(Map.of("x.ftl", "Hello")))
                .isInstanceOf(PromptException.class).hasMessageContaining("x.ftl").hasMessageContaining("header");
        assertThatThrownBy(() -> PromptRegistry.fromSources(Map.of("x.ftl", "<#--\nid: x\ndescription: d\n-->")))
                .hasMessageContaining("version");
        assertThatThrownBy(() -> PromptRegistry.fromSources(Map.of("a.ftl", GREETING, "b.ftl", GREETING)))
                .hasMessageContaining("declared by both");
    }

    @Test
    void templatesCannotReachJavaClasses() {
        var evil = """
                <#--
                id: test.evil
                version: 1
                description: tries to run a command
                -->
                <#assign ex = "freemarker.template.utility.Execute"?new()>${ex("id")}""";
        var prompt = PromptRegistry.fromSources(Map.of("evil.ftl", evil)).get("test.evil");
        assertThatThrownBy(() -> prompt.render(Map.of())).isInstanceOf(PromptException.class);
    }

    @Test
    void anOverrideFolderReplacesThePackagedFile(@TempDir Path dir) throws Exception {
        var packaged = PromptRegistry.load();
        assertThat(packaged.all()).extracting(Prompt::id).contains("assistant.system");
        var original = packaged.get("assistant.system");

        Path file = dir.resolve(original.file());
        Files.createDirectories(file.getParent());
        Files.writeString(file, GREETING.replace("test.greeting", "assistant.system").replace("version: 3", "version: 99"));

        var overridden = PromptRegistry.load(dir).get("assistant.system");
        assertThat(overridden.version()).isEqualTo(99);
        assertThat(overridden.ref().hash()).isNotEqualTo(original.ref().hash());
    }

    @Test
    void everyPackagedPromptHasAUsableHeader() {
        var registry = PromptRegistry.load();
        assertThat(registry.all()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.description()).isNotBlank();
            assertThat(p.version()).isPositive();
        });
    }
}

package com.consort.studio.internal;

import com.consort.studio.AssetType;
import com.consort.studio.Story;
import com.consort.prompts.Prompt;
import com.consort.prompts.PromptRef;
import com.consort.prompts.PromptRegistry;
import com.consort.prompts.Rendered;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatModel;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the sections of an asset. Offline (no chat model) from the facts and the story's sentences;
 * in LLM mode the model writes them from the facts in the brand's voice, the facts given as quoted data
 * and never as instructions. A model that fails, times out or answers something unusable gives way to
 * the offline copy, and the version says so.
 */
final class Writer {

    record Written(Map<String, String> sections, List<PromptRef> prompts, String mode, String note) {
    }

    static final String SYSTEM = "studio.writer.system";
    static final String USER = "studio.writer.user";
    static final Set<String> SYSTEM_VARIABLES = Set.of("assetType", "sections", "vendor", "partner", "language", "limits");
    static final Set<String> USER_VARIABLES = Set.of("facts", "title");

    private static final Logger log = LoggerFactory.getLogger(Writer.class);

    private final ChatModel model;
    private final Prompt system;
    private final Prompt user;
    private final Duration timeout;
    private final ExecutorService executor;
    private final JsonMapper json;

    /** {@code model} null means offline mode. */
    Writer(ChatModel model, PromptRegistry prompts, Duration timeout, ExecutorService executor, JsonMapper json) {
        this.model = model;
        this.json = json;
        this.system = prompts.require(SYSTEM, SYSTEM_VARIABLES);
        this.user = prompts.require(USER, USER_VARIABLES);
        this.timeout = timeout;
        this.executor = executor;
    }

    boolean llm() {
        return model != null;
    }

    Written write(AssetType type, Story story, Brands brands, String language) {
        Map<String, String> offline = OfflineCopy.write(type, story, brands);
        String languageNote = language.startsWith("en") ? null
                : "Offline mode writes English only; language '" + language + "' needs LLM mode.";
        if (model == null) {
            return new Written(offline, List.of(), "offline", languageNote);
        }
        Rendered systemPrompt = system.render(Map.of("assetType", type.code(), "sections", type.sections(),
                "vendor", Kits.model(brands.vendor()), "partner", brands.coBranded() ? Kits.model(brands.partner()) : Map.of(),
                "language", language, "limits", Kits.limits(type)));
        Rendered userPrompt = user.render(Map.of("title", quoted(story.title() == null ? "" : story.title()),
                "facts", quoted(json.writeValueAsString(story.facts().stream()
                        .map(f -> f.detail() == null ? Map.of("field", f.field(), "value", f.value())
                                : Map.of("field", f.field(), "value", f.value(), "detail", f.detail()))
                        .toList()))));
        List<PromptRef> refs = List.of(systemPrompt.prompt(), userPrompt.prompt());
        String answer;
        try {
            answer = CompletableFuture.supplyAsync(() -> model.call(new SystemMessage(systemPrompt.text()),
                    new UserMessage(userPrompt.text())), executor).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log.warn("Chat model gave no answer within {}; writing offline", timeout);
            return new Written(offline, refs, "offline", "LLM mode timed out after " + timeout.toSeconds()
                    + " s; this version was written offline from the facts.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Written(offline, refs, "offline", "Interrupted; written offline.");
        } catch (Exception e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            log.warn("Chat model failed ({}); writing offline", cause.toString());
            return new Written(offline, refs, "offline", "LLM mode failed (" + cause.getClass().getSimpleName()
                    + "); this version was written offline from the facts.");
        }
        Map<String, String> sections = parse(answer, type);
        if (sections == null) {
            return new Written(offline, refs, "offline",
                    "The model's answer was not the expected JSON; this version was written offline from the facts.");
        }
        return new Written(sections, refs, "llm", null);
    }

    /** The sections from the model's JSON object; null when any section is missing or not text. */
    Map<String, String> parse(String answer, AssetType type) {
        if (answer == null) {
            return null;
        }
        int open = answer.indexOf('{');
        int close = answer.lastIndexOf('}');
        if (open < 0 || close <= open) {
            return null;
        }
        Map<String, Object> raw;
        try {
            raw = json.readValue(answer.substring(open, close + 1), new TypeReference<Map<String, Object>>() {
            });
        } catch (RuntimeException e) {
            return null;
        }
        Map<String, String> sections = new LinkedHashMap<>();
        for (String section : type.sections()) {
            Object value = raw.get(section);
            if (value instanceof List<?> list) {
                value = String.join("\n", list.stream().map(String::valueOf).toList());
            }
            if (!(value instanceof String text) || text.length() > 20_000) {
                return null;
            }
            sections.put(section, text.strip());
        }
        return sections;
    }

    /** Data for the prompt: a closing data tag inside the story cannot end the quoted block early. */
    private static String quoted(String data) {
        return data.replace("</data>", "<\\/data>").replace("<data>", "<\\data>");
    }
}

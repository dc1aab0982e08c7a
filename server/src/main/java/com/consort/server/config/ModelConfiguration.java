package com.consort.server.config;

import com.consort.prompts.PromptRegistry;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.ollama.OllamaChatModel;
import org.springframework.ai.ollama.api.OllamaApi;
import org.springframework.ai.ollama.api.OllamaChatOptions;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The chat model of LLM mode, built from {@code consort.model.*} (one set of settings for both
 * providers) and absent when no endpoint is configured: every feature then runs offline.
 */
@Configuration(proxyBeanMethods = false)
class ModelConfiguration {

    @Bean
    PromptRegistry promptRegistry(ConsortProperties properties) {
        return PromptRegistry.load(properties.promptsDir());
    }

    @Bean
    @ConditionalOnExpression("!'${consort.model.base-url:}'.isBlank()")
    ChatModel chatModel(ConsortProperties properties) {
        var model = properties.model();
        if ("ollama".equalsIgnoreCase(model.provider())) {
            return OllamaChatModel.builder()
                    .ollamaApi(OllamaApi.builder().baseUrl(model.baseUrl()).build())
                    .options(OllamaChatOptions.builder().model(model.name()).build())
                    .build();
        }
        if (!"openai".equalsIgnoreCase(model.provider())) {
            throw new IllegalStateException("consort.model.provider must be openai or ollama, not " + model.provider());
        }
        return OpenAiChatModel.builder()
                .options(OpenAiChatOptions.builder()
                        .baseUrl(model.baseUrl())
                        .apiKey(model.apiKey() == null || model.apiKey().isBlank() ? "none" : model.apiKey())
                        .model(model.name())
                        .timeout(model.timeout())
                        // the caller falls back to offline mode at once; retrying would only delay that
                        .maxRetries(0)
                        .build())
                .build();
    }
}

package com.consort.server.openai;

import com.consort.assistant.Answer;
import com.consort.assistant.Assistant;
import com.consort.prompts.PromptRef;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assistant behind the OpenAI Chat Completions API, so OpenAI clients (SDKs, chat UIs, promptfoo)
 * can use it with a Consort API key as their API key. Stateless like OpenAI's: each request carries the
 * whole conversation; its user messages are replayed through the assistant to rebuild the conversation
 * state (so "only the ones that speak French" refines the previous shortlist), and the last one is
 * answered. System and assistant messages are not used: the assistant's own answers follow from the user
 * turns. The answer text is {@code choices[0].message.content}; the partners, citations and the rest of
 * the structured answer are in the extension field {@code consort}.
 */
@RestController
@Tag(name = "OpenAI-compatible", description = """
        The assistant as an OpenAI Chat Completions endpoint: point an OpenAI client at <server>/v1 with a Consort \
        API key (vendor roles) as the API key. Errors take OpenAI's shape {"error":{"message","type","param","code"}}.""")
class ChatCompletionsController {

    static final String MODEL = "consort-partner-finder";
    /** Most user turns replayed from one request; older ones no longer shape the answer. */
    static final int MAX_TURNS = 20;
    private static final long CREATED = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ChatRequest(@Schema(example = MODEL) String model, List<ChatMessage> messages,
            @Schema(description = "true: server-sent chat.completion.chunk events ending with 'data: [DONE]'") Boolean stream) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ChatMessage(@Schema(example = "user") String role,
            @Schema(description = "A string, or an array of content parts of which the 'text' parts are read",
                    example = "Which partners in DACH run PMO rollouts for manufacturers?") JsonNode content) {
    }

    record ModelCard(String id, String object, long created, @JsonProperty("owned_by") String ownedBy) {
    }

    record ModelList(String object, List<ModelCard> data) {
    }

    record OutMessage(String role, String content) {
    }

    record Choice(int index, OutMessage message, @JsonProperty("finish_reason") String finishReason) {
    }

    /** The structured answer beside the text: what the answer's partners and [n] citations are. */
    @Schema(description = "Consort's extension: the structured answer (see the assistant API's answer object)")
    record ConsortAnswer(String mode, String intent, List<Answer.PartnerCard> partners, List<Answer.Citation> citations,
            Map<String, Set<String>> constraints, List<Answer.Unmet> unmet, List<Answer.PartnerCard> alternatives,
            String notice, List<PromptRef> prompts) {
        static ConsortAnswer of(Answer a) {
            return new ConsortAnswer(a.mode(), a.intent(), a.partners(), a.citations(), a.constraints(), a.unmet(),
                    a.alternatives(), a.notice(), a.prompts());
        }
    }

    record ChatCompletion(String id, String object, long created, String model, List<Choice> choices,
            ConsortAnswer consort) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Delta(String role, String content) {
    }

    record ChunkChoice(int index, Delta delta, @JsonProperty("finish_reason") String finishReason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ChatCompletionChunk(String id, String object, long created, String model, List<ChunkChoice> choices,
            ConsortAnswer consort) {
    }

    /** A request OpenAI would refuse; answered in its error shape with the offending parameter. */
    static final class InvalidRequest extends RuntimeException {
        final HttpStatus status;
        final String param;
        final String code;

        InvalidRequest(HttpStatus status, String message, String param, String code) {
            super(message);
            this.status = status;
            this.param = param;
            this.code = code;
        }
    }

    private final Assistant assistant;
    private final JsonMapper json;

    ChatCompletionsController(Assistant assistant, JsonMapper json) {
        this.json = json;
        this.assistant = assistant;
    }

    @GetMapping("/v1/models")
    @Operation(summary = "The models: one per assistant", description = "Today one: " + MODEL + ".")
    ModelList models() {
        return new ModelList("list", List.of(card()));
    }

    @GetMapping("/v1/models/{model}")
    @Operation(summary = "One model", description = "404 in the OpenAI error shape (code model_not_found) for another name.")
    ModelCard model(@PathVariable String model) {
        requireModel(model);
        return card();
    }

    @PostMapping(path = "/v1/chat/completions", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_EVENT_STREAM_VALUE})
    @Operation(summary = "Chat completion (OpenAI-compatible)", description = """
            The messages' user turns are the conversation, the last one is answered. model: consort-partner-finder. \
            Non-streaming: a chat.completion whose choices[0].message.content is the Markdown answer and whose \
            'consort' field holds the partners, citations, intent and mode. stream: true: chat.completion.chunk \
            server-sent events carrying the text, the last chunk with finish_reason 'stop' and the 'consort' field, \
            then 'data: [DONE]'. Other OpenAI parameters (temperature, max_tokens, tools, ...) are ignored.""",
            responses = @ApiResponse(responseCode = "200", description = "chat.completion, or the event stream", content = {
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ChatCompletion.class)),
                    @Content(mediaType = "text/event-stream", schema = @Schema(implementation = ChatCompletionChunk.class))}))
    Object complete(@RequestBody ChatRequest request, HttpServletResponse response) {
        requireModel(request.model());
        Answer answer = assistant.answer(turns(request.messages()));
        String id = "chatcmpl-" + UUID.randomUUID().toString().replace("-", "");
        long created = Instant.now().getEpochSecond();
        if (!Boolean.TRUE.equals(request.stream())) {
            return new ChatCompletion(id, "chat.completion", created, MODEL,
                    List.of(new Choice(0, new OutMessage("assistant", answer.answer()), "stop")), ConsortAnswer.of(answer));
        }
        // Answered before the stream opens, so a bad request is still a plain error response.
        response.setContentType(MediaType.TEXT_EVENT_STREAM_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Accel-Buffering", "no");
        return (StreamingResponseBody) out -> {
            chunk(out, new ChatCompletionChunk(id, "chat.completion.chunk", created, MODEL,
                    List.of(new ChunkChoice(0, new Delta("assistant", ""), null)), null));
            for (String piece : pieces(answer.answer())) {
                chunk(out, new ChatCompletionChunk(id, "chat.completion.chunk", created, MODEL,
                        List.of(new ChunkChoice(0, new Delta(null, piece), null)), null));
            }
            chunk(out, new ChatCompletionChunk(id, "chat.completion.chunk", created, MODEL,
                    List.of(new ChunkChoice(0, new Delta(null, null), "stop")), ConsortAnswer.of(answer)));
            out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
        };
    }

    @ExceptionHandler(InvalidRequest.class)
    ResponseEntity<OpenAiError> invalid(InvalidRequest e) {
        return ResponseEntity.status(e.status).contentType(MediaType.APPLICATION_JSON).body(new OpenAiError(
                new OpenAiError.Body(e.getMessage(), OpenAiError.type(e.status.value()), e.param, e.code)));
    }

    /** The answer line by line (each with its line break), so the pieces add up to exactly the answer. */
    static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
            pieces.add(text.substring(start, i + 1));
            start = i + 1;
        }
        if (start < text.length()) {
            pieces.add(text.substring(start));
        }
        return pieces;
    }

    static List<String> turns(List<ChatMessage> messages) {
        if (messages == null || messages.isEmpty()) {
            throw new InvalidRequest(HttpStatus.BAD_REQUEST, "messages must hold at least one user message", "messages", null);
        }
        ChatMessage last = messages.get(messages.size() - 1);
        if (!"user".equals(last.role())) {
            throw new InvalidRequest(HttpStatus.BAD_REQUEST, "The last message must be the user's question (role 'user')",
                    "messages", null);
        }
        List<String> turns = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            ChatMessage m = messages.get(i);
            if (m == null || m.role() == null) {
                throw new InvalidRequest(HttpStatus.BAD_REQUEST, "messages[" + i + "] has no role", "messages", null);
            }
            if ("user".equals(m.role())) {
                turns.add(text(m.content(), i));
            }
        }
        return turns.subList(Math.max(0, turns.size() - MAX_TURNS), turns.size());
    }

    private static String text(JsonNode content, int index) {
        if (content != null && content.isString()) {
            return content.asString();
        }
        if (content != null && content.isArray()) {
            StringBuilder text = new StringBuilder();
            for (JsonNode part : content) {
                if ("text".equals(part.path("type").asString("")) && part.path("text").isString()) {
                    text.append(text.isEmpty() ? "" : "\n").append(part.get("text").asString());
                }
            }
            return text.toString();
        }
        throw new InvalidRequest(HttpStatus.BAD_REQUEST, "messages[" + index + "].content must be text", "messages", null);
    }

    private static void requireModel(String model) {
        if (model == null || model.isBlank()) {
            throw new InvalidRequest(HttpStatus.BAD_REQUEST, "model is required: use " + MODEL, "model", null);
        }
        if (!MODEL.equals(model)) {
            throw new InvalidRequest(HttpStatus.NOT_FOUND, "The model '" + model + "' does not exist; this server offers "
                    + MODEL, "model", "model_not_found");
        }
    }

    private static ModelCard card() {
        return new ModelCard(MODEL, "model", CREATED, "consort");
    }

    private void chunk(OutputStream out, ChatCompletionChunk chunk) throws IOException {
        out.write(("data: " + json.writeValueAsString(chunk) + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}

package com.consort.server.assistant;

import com.consort.assistant.Answer;
import com.consort.assistant.Conversations;
import com.consort.assistant.Suggestions;
import com.consort.server.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.http.ResponseEntity;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;

@RestController
@Tag(name = "Assistant", description = "The seller's conversational partner finder and programme Q&A")
class AssistantController {

    record Created(String id) {
    }

    record MessageRequest(@NotNull String text) {
    }

    record SuggestionRequest(@NotNull String description, @Min(1) @Max(10) Integer limit) {
    }

    private final Conversations conversations;
    private final Suggestions suggestions;
    private final JsonMapper json;

    AssistantController(Conversations conversations, Suggestions suggestions, JsonMapper json) {
        this.json = json;
        this.conversations = conversations;
        this.suggestions = suggestions;
    }

    @PostMapping("/api/assistant/conversations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a conversation", description = "Returns its id; it is visible to its creator only.")
    Created create(Authentication auth) {
        return new Created(conversations.create(Caller.from(auth).subject()).id());
    }

    @GetMapping("/api/assistant/conversations")
    @Operation(summary = "Your conversations, most recent first")
    List<Conversations.Summary> list(Authentication auth, @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        return conversations.list(Caller.from(auth).subject(), limit);
    }

    @GetMapping("/api/assistant/conversations/{id}")
    @Operation(summary = "A conversation with its history", description = "404 for anyone but its creator.")
    Conversations.Conversation get(@PathVariable String id, Authentication auth) {
        return conversations.get(id, Caller.from(auth).subject());
    }

    @DeleteMapping("/api/assistant/conversations/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a conversation")
    void delete(@PathVariable String id, Authentication auth) {
        conversations.delete(id, Caller.from(auth).subject());
    }

    @PostMapping(path = "/api/assistant/conversations/{id}/messages", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ask", description = """
            Answers the message in the context of the conversation: a ranked shortlist of partners that meet every \
            stated constraint, each with reasons and cited evidence; a refinement of the previous shortlist \
            ("only the ones that speak French"); details of a listed partner ("tell me more about the second one"); \
            or a programme answer with citations. 'mode' says whether the offline engine or the configured model \
            wrote it; 'notice' says why a model answer was replaced by the offline one. Send Accept: \
            text/event-stream to receive the answer as server-sent events instead.""")
    Answer ask(@PathVariable String id, @Valid @RequestBody MessageRequest message, Authentication auth) {
        return conversations.post(id, Caller.from(auth).subject(), message.text());
    }

    @PostMapping(path = "/api/assistant/conversations/{id}/messages", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Ask, streamed", responses = @ApiResponse(responseCode = "200", description = """
            Server-sent events: 'section' events carry the Markdown answer paragraph by paragraph; then 'partners' \
            (JSON array), 'citations' (JSON array) and 'done' (the whole answer object, as the JSON response).""",
            content = @Content(mediaType = "text/event-stream", schema = @Schema(type = "string"))))
    ResponseEntity<StreamingResponseBody> askStreamed(@PathVariable String id, @Valid @RequestBody MessageRequest message,
            Authentication auth) {
        // Answered before the stream opens, so a bad message or unknown conversation is a plain 4xx problem.
        Answer answer = conversations.post(id, Caller.from(auth).subject(), message.text());
        StreamingResponseBody events = out -> {
            for (String section : answer.answer().split("\n(?=\\d+\\. |\\n)")) {
                event(out, "section", Map.of("markdown", section));
            }
            event(out, "partners", answer.partners());
            event(out, "citations", answer.citations());
            event(out, "done", answer);
        };
        return ResponseEntity.ok().contentType(MediaType.TEXT_EVENT_STREAM).header("Cache-Control", "no-store")
                .header("X-Accel-Buffering", "no").body(events);
    }

    private void event(OutputStream out, String name, Object data) throws IOException {
        out.write(("event:" + name + "\ndata:" + json.writeValueAsString(data) + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @PostMapping("/api/assistant/suggestions")
    @Operation(summary = "In-product suggestions", description = """
            From a description of what a customer is building: fitting partners, templates and integrations, each \
            with the reasons it is suggested.""")
    Suggestions.Result suggest(@Valid @RequestBody SuggestionRequest request) {
        return suggestions.suggest(request.description(), request.limit() == null ? 5 : request.limit());
    }
}

package com.consort.server.assistant;

import com.consort.assistant.Conversations;
import com.consort.server.config.ConsortProperties;
import com.consort.server.security.Caller;
import com.consort.server.web.WebPage;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The sellers' chat page: a shell whose conversations come from the JSON API, called with the session.
 * Each conversation has its own address ({@code /chat/{id}}), so a reload or a link brings it back; one
 * that does not exist, or is someone else's, is the 404 page.
 */
@WebPage
class ChatPage {

    private final Conversations conversations;
    private final int maxQuestionChars;

    ChatPage(Conversations conversations, ConsortProperties properties) {
        this.conversations = conversations;
        // the assistant's own default when the setting is absent
        this.maxQuestionChars = properties.limits() == null ? 2000 : properties.limits().maxQuestionChars();
    }

    @GetMapping("/chat")
    String page(Model model) {
        model.addAttribute("conversationId", "");
        model.addAttribute("maxChars", maxQuestionChars);
        return "assistant/chat";
    }

    @GetMapping("/chat/{id}")
    String conversation(@PathVariable String id, Authentication authentication, Model model) {
        conversations.get(id, Caller.from(authentication).subject()); // NoSuchElementException: the 404 page
        page(model);
        model.addAttribute("conversationId", id);
        return "assistant/chat";
    }
}

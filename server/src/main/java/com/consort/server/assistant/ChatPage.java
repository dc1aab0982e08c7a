package com.consort.server.assistant;

import com.consort.server.config.ConsortProperties;
import com.consort.server.web.WebPage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sellers' chat page: a shell; everything it shows comes from the JSON API, called with the session. */
@WebPage
class ChatPage {

    private final ConsortProperties properties;

    ChatPage(ConsortProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/chat")
    String chat(Model model) {
        model.addAttribute("mode", properties.mode());
        return "assistant/chat";
    }
}

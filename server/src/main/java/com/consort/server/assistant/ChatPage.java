package com.consort.server.assistant;

import com.consort.server.web.WebPage;
import org.springframework.web.bind.annotation.GetMapping;

/** The sellers' chat page: a shell; everything it shows comes from the JSON API, called with the session. */
@WebPage
class ChatPage {

    @GetMapping("/chat")
    String page() {
        return "assistant/chat";
    }
}

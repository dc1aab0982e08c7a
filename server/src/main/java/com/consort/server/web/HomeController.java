package com.consort.server.web;

import com.consort.knowledge.storage.StorageKind;
import com.consort.server.config.ConsortProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@WebPage
class HomeController {

    private final ConsortProperties properties;
    private final StorageKind storage;

    HomeController(ConsortProperties properties, StorageKind storage) {
        this.properties = properties;
        this.storage = storage;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("mode", properties.mode());
        model.addAttribute("storage", storage == StorageKind.POSTGRES ? "PostgreSQL + pgvector" : "embedded");
        return "index";
    }
}

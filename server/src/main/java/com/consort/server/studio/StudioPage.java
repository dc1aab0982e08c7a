package com.consort.server.studio;

import com.consort.server.config.ConsortProperties;
import com.consort.server.web.WebPage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The content studio: a shell whose script calls the JSON API with the session. */
@WebPage
class StudioPage {

    private final ConsortProperties properties;

    StudioPage(ConsortProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/studio")
    String studio(Model model) {
        model.addAttribute("mode", properties.mode());
        return "studio/studio";
    }
}

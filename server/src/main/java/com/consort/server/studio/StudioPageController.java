package com.consort.server.studio;

import com.consort.server.config.ConsortProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The studio page: a shell whose script calls the JSON API with the user's credentials. */
@Controller
class StudioPageController {

    private final ConsortProperties properties;

    StudioPageController(ConsortProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/studio")
    String studio(Model model) {
        model.addAttribute("mode", properties.mode());
        return "studio";
    }
}

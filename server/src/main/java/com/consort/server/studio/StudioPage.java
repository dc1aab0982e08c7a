package com.consort.server.studio;

import com.consort.server.web.WebPage;
import org.springframework.web.bind.annotation.GetMapping;

/** The content studio: a shell whose script calls the JSON API with the session. */
@WebPage
class StudioPage {

    @GetMapping("/studio")
    String page() {
        return "studio/studio";
    }
}

package com.consort.server.studio;

import com.consort.server.config.ConsortProperties;
import com.consort.server.web.WebPage;
import com.consort.studio.StudioAccess;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The content studio: a shell whose script calls the JSON API with the session. A draft has an address of
 * its own, /studio/drafts/{id}, so a reload or a link reopens it; another partner's draft is a 404 page.
 */
@WebPage
class StudioPage {

    private final StudioAccess access;
    private final ConsortProperties properties;

    StudioPage(StudioAccess access, ConsortProperties properties) {
        this.access = access;
        this.properties = properties;
    }

    @GetMapping("/studio")
    String page(Model model) {
        model.addAttribute("maxUploadBytes", properties.limits().maxUpload().toBytes());
        return "studio/studio";
    }

    @GetMapping("/studio/drafts/{id}")
    String draft(@PathVariable String id, Authentication authentication, Model model) {
        access.readable(Actors.from(authentication), id);
        model.addAttribute("draftId", id);
        return page(model);
    }
}

package com.consort.studio;

import com.consort.prompts.PromptRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One immutable version of a draft: the editable sections, the rendered asset (HTML or text), the
 * story facts it was written from, its checks, the prompts and templates that made it (provenance),
 * and how it was made: mode "offline", "llm" or "edit", with a note when LLM mode fell back.
 */
public record DraftVersion(String draftId, int version, Map<String, String> sections, String rendered, List<Fact> facts,
        Checks checks, List<PromptRef> prompts, String mode, String modeNote, String createdBy, Instant createdAt) {

    public boolean submittable() {
        return checks.submittable();
    }
}

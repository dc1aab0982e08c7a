package com.consort.server.admin;

import com.consort.knowledge.DocumentKind;
import com.consort.knowledge.DocumentRepository;
import com.consort.knowledge.PartnerDirectory;
import com.consort.knowledge.StorageKind;
import com.consort.knowledge.VectorIndex;
import com.consort.server.bulk.DemoDataLoader;
import com.consort.server.config.ConsortProperties;
import com.consort.server.security.Role;
import com.consort.server.web.WebPage;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admin console ({@code /admin/**}, its sections in {@code web.Navigation.ADMIN_CONSOLE}): the
 * overview of this server (storage, generation mode, demo data, index sizes), then users, API keys,
 * imports, the taxonomy and the audit log, whose scripts work through {@code /api/admin/**} and the import APIs.
 */
@WebPage
class AdminPage {

    private final ConsortProperties properties;
    private final StorageKind storage;
    private final DemoDataLoader demo;
    private final PartnerDirectory partners;
    private final DocumentRepository documents;
    private final VectorIndex vectors;

    AdminPage(ConsortProperties properties, StorageKind storage, DemoDataLoader demo, PartnerDirectory partners,
            DocumentRepository documents, VectorIndex vectors) {
        this.properties = properties;
        this.storage = storage;
        this.demo = demo;
        this.partners = partners;
        this.documents = documents;
        this.vectors = vectors;
    }

    @GetMapping("/admin")
    String admin(Model model) {
        model.addAttribute("storage", storage == StorageKind.POSTGRES ? "PostgreSQL + pgvector"
                : "embedded (H2 file in " + properties.dataDir() + ")");
        ConsortProperties.Model chat = properties.model();
        model.addAttribute("modelName", chat != null && chat.configured() && chat.name() != null && !chat.name().isBlank()
                ? chat.name() + " (" + chat.provider() + ")" : null);
        model.addAttribute("demo", demo.state().name().toLowerCase(Locale.ROOT));
        model.addAttribute("partners", partners.count(Map.of(), true));
        model.addAttribute("documents", documents.countByKind());
        model.addAttribute("chunks", documents.countChunks());
        model.addAttribute("vectors", vectors.size());
        return "admin/admin";
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("roles", Arrays.stream(Role.values()).map(Role::name).toList());
        return "admin/users";
    }

    @GetMapping("/admin/keys")
    String keys(Model model) {
        model.addAttribute("roles", Arrays.stream(Role.values()).map(Role::name).toList());
        return "admin/keys";
    }

    @GetMapping("/admin/imports")
    String imports(Model model) {
        // a profile is written from the directory, never uploaded
        model.addAttribute("kinds", Arrays.stream(DocumentKind.values()).filter(k -> k != DocumentKind.PROFILE)
                .map(DocumentKind::code).toList());
        return "admin/imports";
    }

    /** The vendor's vocabulary: read and changed through /api/admin/taxonomy by admin-taxonomy.js. */
    @GetMapping("/admin/taxonomy")
    String taxonomy() {
        return "admin/taxonomy";
    }

    @GetMapping("/admin/audit")
    String audit() {
        return "admin/audit";
    }
}

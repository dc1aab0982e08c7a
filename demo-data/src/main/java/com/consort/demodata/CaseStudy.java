package com.consort.demodata;

import java.util.ArrayList;
import java.util.List;

/** One customer success story: its scenario, the partner that delivered it, and where it is written. */
final class CaseStudy {

    /** How the partner took part in the deal, in programme vocabulary. */
    enum Role {
        SOURCED("Sourced and implemented", "Partnergeneriert und eingeführt"),
        TRANSACTED("Transacted and onboarded", "Lizenzverkauf und Onboarding"),
        IMPLEMENTED("Implemented", "Einführung"),
        INFLUENCED("Influenced and implemented", "Beeinflusst und eingeführt"),
        ASSISTED("Assisted (integration)", "Unterstützt (Integration)");

        final String english;
        final String german;

        Role(String english, String german) {
            this.english = english;
            this.german = german;
        }
    }

    enum Format {
        PDF("pdf"), DOCX("docx"), HTML("html"), MD("md");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    final Scenario scenario;
    /** null for the vendor-only stories. */
    final DemoPartner partner;
    final Role role;
    final Format format;
    /** Integrations the story says were used (a subset of the partner's, after planting). */
    final List<String> integrations = new ArrayList<>();
    String customer;
    String country;
    String city;
    String title;
    DocModel doc;

    CaseStudy(Scenario scenario, DemoPartner partner, Role role, Format format) {
        this.scenario = scenario;
        this.partner = partner;
        this.role = role;
        this.format = format;
    }

    String file() {
        return "case-studies/" + scenario.slug() + "." + format.extension;
    }

    String language() {
        return scenario.language();
    }
}

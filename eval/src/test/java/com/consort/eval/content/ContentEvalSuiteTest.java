package com.consort.eval.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.consort.eval.content.ContentUnderTest.DraftView;
import com.consort.eval.run.Assertion;
import com.consort.eval.run.CaseResult;
import com.consort.eval.suite.SuiteFile;
import com.consort.knowledge.Document;
import com.consort.knowledge.DocumentKind;
import com.consort.knowledge.DocumentRepository;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The content assertions against scripted drafts of one story. */
class ContentEvalSuiteTest {

    static final Document STORY = new Document("d1", DocumentKind.CASE_STUDY, "P0328", "Linton Brewing Group cuts unplanned downtime by 36%",
            "case-studies/brewery-downtime.docx", "x", "h", 1, Document.Status.INDEXED, null, 2, Instant.EPOCH, Instant.EPOCH);
    static final String YAML = """
            suite: c
            kind: content
            cases:
              - id: email
                caseStudy: brewery-downtime.docx
                partnerId: P0328
                assetType: email
                required: [Orbitly, Linton Brewing Group]
                banned: [guarantee]
                maxChars: {subject: 40}
            """;

    final DocumentRepository documents = mock(DocumentRepository.class);
    final JdbcTemplate jdbc = mock(JdbcTemplate.class);

    ContentEvalSuiteTest() {
        when(documents.list(eq(DocumentKind.CASE_STUDY), any(), anyInt(), anyInt())).thenReturn(List.of(STORY));
        when(jdbc.queryForList(any(String.class), eq(String.class), eq("d1"))).thenReturn(List.of(
                "Linton Brewing Group runs 4 breweries. With Orbitly it cut unplanned downtime by 36% in 9 months.",
                "\"We finally see every line stop before it happens,\" says the plant manager. Savings: €1,250,000."));
    }

    CaseResult run(Map<String, String> fields, String html) {
        var file = SuiteFile.parse(YAML, "test");
        var suite = new ContentEvalSuite("c", "", ContentEvalSuite.parseCases(file.yaml()),
                r -> new DraftView(r.assetType(), fields, html, List.of()), null, documents, jdbc);
        return suite.run("email");
    }

    @Test
    void aGroundedOnBrandDraftPasses() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("subject", "Linton Brewing Group: 36% less downtime");
        fields.put("body", "With Orbitly, Linton Brewing Group cut unplanned downtime by 36 % in 9 months and saved €1.250.000? "
                .replace("€1.250.000?", "€1,250,000.") + "\"We finally see every line stop before it happens.\"");
        CaseResult r = run(fields, "<!doctype html><html><head><meta charset=\"utf-8\"></head><body><p>R&amp;D &lt;team&gt; at Linton Brewing Group</p></body></html>");
        assertThat(r.failures()).isEmpty();
        assertThat(r.assertions()).extracting(Assertion::name).containsExactly("claimsGrounded", "brandElementsPresent",
                "bannedTermsAbsent", "lengthLimits", "noUnescapedHtml");
    }

    @Test
    void inventedNumbersAndQuotesBrandBreachesLengthAndUnescapedHtmlFail() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("subject", "Linton Brewing Group cut downtime by 50% - we guarantee it for you");
        fields.put("body", "Downtime fell 36% across 12 breweries. \"Orbitly changed everything for our whole company\" <b>wow</b>");
        CaseResult r = run(fields, "<meta http-equiv=\"refresh\" content=\"0\"><p onclick=\"x()\">R&D</p><script>alert(1)</script>");

        Map<String, String> failed = r.failures().stream().collect(Collectors.toMap(Assertion::name, Assertion::detail));
        assertThat(failed.get("claimsGrounded")).contains("number 50%").contains("number 12").contains("quote \"Orbitly changed")
                .doesNotContain("number 36");
        assertThat(failed.get("bannedTermsAbsent")).contains("guarantee");
        assertThat(failed.get("lengthLimits")).contains("subject has 66 characters, limit 40");
        assertThat(failed.get("noUnescapedHtml")).contains("body holds raw markup").contains("active content").contains("unescaped &");
        assertThat(failed).doesNotContainKey("brandElementsPresent");
        assertThat(r.scores()).containsEntry("ungroundedClaims", 3.0);
    }
}

package com.consort.eval.internal.content;

import static com.consort.eval.internal.run.SuiteYamlFile.ints;
import static com.consort.eval.internal.run.SuiteYamlFile.require;
import static com.consort.eval.internal.run.SuiteYamlFile.strings;

import com.consort.eval.internal.run.JudgedEvalSuite;
import java.util.List;
import java.util.Map;

/**
 * One content case (see eval/suites/content-demo.yaml).
 *
 * @param caseStudy the source story: its file name (as in the demo manifest), title or document id
 * @param required brand elements that must appear in the draft (names, boilerplate, disclaimer)
 * @param banned terms that must not appear
 * @param maxChars longest allowed length per field ("*" for every field)
 */
public record ContentCase(String id, String caseStudy, String partnerId, String assetType, List<String> required,
        List<String> banned, Map<String, Integer> maxChars, List<String> judge, double judgeThreshold)
        implements JudgedEvalSuite.JudgedCase {

    static ContentCase parse(Map<String, Object> c) {
        String id = require(c, "id", "A content case");
        List<String> judge = strings(c.get("judge"));
        judge.stream().filter(j -> !com.consort.eval.Judge.CRITERIA.contains(j)).findFirst().ifPresent(j -> {
            throw new IllegalArgumentException("Content case " + id + ": unknown judge criterion " + j);
        });
        return new ContentCase(id, require(c, "caseStudy", "Content case " + id), require(c, "partnerId", "Content case " + id),
                require(c, "assetType", "Content case " + id), strings(c.get("required")), strings(c.get("banned")),
                ints(c.get("maxChars")), judge, c.get("judgeThreshold") instanceof Number n ? n.doubleValue() : 0.7);
    }
}

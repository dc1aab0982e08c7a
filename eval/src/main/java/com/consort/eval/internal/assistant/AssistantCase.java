package com.consort.eval.internal.assistant;

import static com.consort.eval.internal.run.SuiteYamlFile.stringLists;
import static com.consort.eval.internal.run.SuiteYamlFile.strings;

import com.consort.eval.internal.run.JudgedEvalSuite;
import java.util.List;
import java.util.Map;

/**
 * One assistant case (see eval/suites/assistant-demo.yaml).
 *
 * @param constraints hard constraints the conversation states (filter names of the directory); every
 *        suggested partner must meet them
 * @param expectAnyOf at least one of these partners must be suggested
 * @param citesAnyOf at least one citation must be one of these documents (id, title or file name)
 * @param programme a programme question: at least one citation must be a programme document
 * @param noMatch no partner meets the question: none is suggested and the unmet constraints are named
 * @param onlyExpected every suggested partner is one of {@code expectAnyOf} ("who helped X?": the credited partner only)
 * @param noPartnerList a question about the programme's rules: no partner is suggested, not even as an alternative
 * @param noListedPartner an evidence question whose story credits no listed partner: none is suggested, and the text
 *        cites a case study (which one: {@code citesAnyOf})
 * @param expectFirst the partner that must be suggested first (track record deciding between otherwise equal
 *        partners), or null
 * @param judge LLM-as-judge criteria (faithfulness, relevance), checked when a judge model is configured
 */
public record AssistantCase(String id, List<String> turns, Map<String, List<String>> constraints, List<String> expectAnyOf,
        List<String> forbidden, List<String> mustMention, List<String> mustNotMention, List<String> citesAnyOf,
        boolean programme, boolean noMatch, List<String> unmet, boolean onlyExpected, boolean noPartnerList,
        boolean noListedPartner, List<String> judge, double judgeThreshold, String expectFirst)
        implements JudgedEvalSuite.JudgedCase {

    static AssistantCase parse(Map<String, Object> c) {
        String id = String.valueOf(c.get("id"));
        List<String> turns = c.containsKey("turns") ? strings(c.get("turns")) : strings(c.get("question"));
        if (turns.isEmpty()) {
            throw new IllegalArgumentException("Assistant case " + id + " needs a question or turns");
        }
        List<String> judge = strings(c.get("judge"));
        judge.stream().filter(j -> !com.consort.eval.Judge.CRITERIA.contains(j)).findFirst().ifPresent(j -> {
            throw new IllegalArgumentException("Assistant case " + id + ": unknown judge criterion " + j);
        });
        boolean onlyExpected = Boolean.TRUE.equals(c.get("onlyExpected"));
        if (onlyExpected && strings(c.get("expectAnyOf")).isEmpty()) {
            throw new IllegalArgumentException("Assistant case " + id + ": onlyExpected needs expectAnyOf");
        }
        return new AssistantCase(id, turns, stringLists(c.get("constraints")), strings(c.get("expectAnyOf")),
                strings(c.get("forbidden")), strings(c.get("mustMention")), strings(c.get("mustNotMention")),
                strings(c.get("citesAnyOf")), Boolean.TRUE.equals(c.get("programme")), Boolean.TRUE.equals(c.get("noMatch")),
                strings(c.get("unmet")), onlyExpected, Boolean.TRUE.equals(c.get("noPartnerList")),
                Boolean.TRUE.equals(c.get("noListedPartner")), judge,
                c.get("judgeThreshold") instanceof Number n ? n.doubleValue() : 0.7,
                c.get("expectFirst") == null ? null : String.valueOf(c.get("expectFirst")));
    }
}

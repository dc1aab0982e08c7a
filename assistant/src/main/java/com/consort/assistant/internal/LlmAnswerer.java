package com.consort.assistant.internal;

import com.consort.knowledge.PartnerNames;
import com.consort.assistant.Answer;
import com.consort.assistant.AssistantTools;
import com.consort.knowledge.OrganisationNames;
import com.consort.prompts.Prompt;
import com.consort.prompts.PromptRegistry;
import com.consort.prompts.Rendered;
import io.micrometer.core.instrument.Metrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatModel;
import tools.jackson.databind.json.JsonMapper;

/**
 * LLM mode: the model writes the answer from the offline, grounded results (passed as quoted data) and
 * may call the assistant tools for more. Its text must pass the grounding check (every partner it
 * names was retrieved for it, every [n] is a real citation); otherwise, or on error or timeout, the
 * offline answer is returned with a notice saying why.
 */
public final class LlmAnswerer {

    private static final Logger log = LoggerFactory.getLogger(LlmAnswerer.class);
    private static final Pattern CITE = Pattern.compile("\\[(\\d+)]");
    /** The system prompt asks for partner names, and nothing else, in bold. */
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*\\n]{1,160})\\*\\*");
    private final JsonMapper json;

    private final ChatClient client;
    private final AssistantTools tools;
    private final Prompt system;
    private final Prompt user;
    private final String vendor;
    private final Duration timeout;
    private final ExecutorService calls;
    private final PartnerNames partnerNames;

    public LlmAnswerer(ChatModel model, AssistantTools tools, PromptRegistry prompts, String vendor, Duration timeout,
            ExecutorService calls, PartnerNames partnerNames, JsonMapper json) {
        this.json = json;
        this.client = ChatClient.create(model);
        this.tools = tools;
        this.system = prompts.require("assistant.system", Set.of("vendor"));
        this.user = prompts.require("assistant.answer-llm", Set.of("question", "history", "data"));
        this.vendor = vendor;
        this.timeout = timeout;
        this.calls = calls;
        this.partnerNames = partnerNames;
    }

    public Answer write(String question, List<String> history, Answer grounded) {
        Rendered systemText = system.render(Map.of("vendor", vendor));
        List<String> recentHistory = history.stream().limit(10).toList();
        String data = data(grounded);
        Rendered userText = user.render(Map.of("question", question, "history", recentHistory, "data", data));
        ToolTrail trail = new ToolTrail();
        Future<String> call;
        try {
            call = calls.submit(() -> client.prompt()
                    .system(systemText.text())
                    .user(userText.text())
                    .tools(tools)
                    .toolContext(Map.of(DirectoryTools.TRAIL, trail))
                    .call()
                    .content());
        } catch (RejectedExecutionException e) {
            fallback("busy");
            return grounded.withNotice("The language model is busy with other requests, so this is the offline answer.");
        }
        String text;
        try {
            text = call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            log.warn("Chat model gave no answer within {}; answering offline", timeout);
            fallback("timeout");
            return grounded.withNotice("The language model did not answer within " + timeout.toSeconds() + " s, so this is the offline answer.");
        } catch (ExecutionException e) {
            log.warn("Chat model call failed; answering offline: {}", e.getCause().toString());
            fallback("error");
            return grounded.withNotice("The language model could not be reached or failed, so this is the offline answer.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.cancel(true);
            fallback("interrupted");
            return grounded.withNotice("The request was interrupted, so this is the offline answer.");
        }
        List<String> given = new ArrayList<>(recentHistory);
        given.add(question);
        given.add(data);
        given.addAll(trail.results);
        String problem = groundingProblem(text, grounded, trail.partnerIds, given);
        if (problem != null) {
            log.warn("Model answer rejected by the grounding check: {}", problem);
            Metrics.counter("consort.grounding.refusals").increment();
            fallback("grounding");
            return grounded.withNotice("The language model's answer failed the grounding check (" + problem + "), so this is the offline answer.");
        }
        return grounded.withLlm(text.strip(), List.of(systemText.prompt(), userText.prompt()));
    }

    /** Counts a model answer replaced by the offline one, by why (docs/grafana-dashboard.json). */
    private static void fallback(String reason) {
        Metrics.counter("consort.llm.fallbacks", "reason", reason).increment();
    }

    /**
     * Null when the text names only partners and companies it was given (directory names anywhere; every
     * bold name, bold being reserved for partners; every company named by its legal form, which must occur
     * in one of the {@code given} texts) and cites only citations that exist.
     */
    String groundingProblem(String text, Answer grounded, Set<String> seenByTools, List<String> given) {
        if (text == null || text.isBlank()) {
            return "empty answer";
        }
        Set<String> allowed = new java.util.HashSet<>(seenByTools);
        grounded.partners().forEach(p -> allowed.add(p.partnerId()));
        grounded.alternatives().forEach(p -> allowed.add(p.partnerId()));
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> allowedNames = new java.util.HashSet<>();
        allowed.forEach(id -> {
            String name = partnerNames.get().get(id);
            if (name != null) {
                allowedNames.add(name.toLowerCase(Locale.ROOT).strip());
            }
        });
        for (var entry : partnerNames.candidatesIn(text)) { // only names whose first word the text has, not all of them
            if (!allowed.contains(entry.getKey()) && mentions(lower, entry.getValue().toLowerCase(Locale.ROOT))) {
                return "it names " + entry.getValue() + ", which was not retrieved for this question";
            }
        }
        // a name in no directory at all (an invented partner) is caught by its legal form or by the
        // bold-names contract; programme answers name no partners and may bold a deadline
        var invented = new OrganisationNames(given).firstUnknownIn(text);
        if (invented.isPresent()) {
            return "it names " + invented.get() + ", which is in none of the data it was given";
        }
        if (!"programme".equals(grounded.intent())) {
            var bold = BOLD.matcher(text);
            while (bold.find()) {
                if (!allowedNames.contains(bold.group(1).strip().toLowerCase(Locale.ROOT))) {
                    return "it names " + bold.group(1).strip() + " in bold, which is not a partner it was given";
                }
            }
        }
        var m = CITE.matcher(text);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n < 1 || n > grounded.citations().size()) {
                return "it cites [" + n + "], which is not one of the " + grounded.citations().size() + " sources";
            }
        }
        return null;
    }

    private static boolean mentions(String text, String name) {
        int at = text.indexOf(name);
        while (at >= 0) {
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + name.length();
            boolean endOk = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            at = text.indexOf(name, at + 1);
        }
        return false;
    }

    /** The grounded results as JSON; closing data tags inside retrieved text are defused. */
    private String data(Answer grounded) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("intent", grounded.intent());
        data.put("constraints", grounded.constraints());
        data.put("partners", grounded.partners());
        if (!grounded.alternatives().isEmpty()) {
            List<Map<String, Object>> alternatives = new ArrayList<>();
            grounded.alternatives().forEach(a -> alternatives.add(Map.of("alternative", true, "partner", a)));
            data.put("alternatives", alternatives);
            data.put("unmet", grounded.unmet());
        }
        data.put("citations", grounded.citations());
        data.put("offlineAnswer", grounded.answer());
        return json.writeValueAsString(data).replace("</data>", "<\\/data>").replace("<data>", "<\\data>");
    }
}

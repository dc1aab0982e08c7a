package com.consort.server.eval;

import com.consort.eval.Judge;
import com.consort.prompts.Prompt;
import com.consort.prompts.PromptRegistry;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.ai.chat.model.ChatModel;

/** The configured chat model as the LLM judge, prompted with eval.judge. */
final class ChatModelJudge implements Judge {

    private static final Pattern SCORE = Pattern.compile("(?i)SCORE:\\s*([01](?:\\.\\d+)?)");
    private static final Pattern REASON = Pattern.compile("(?i)REASON:\\s*(.+)");

    private final ChatModel model;
    private final String modelName;
    private final Prompt prompt;

    ChatModelJudge(ChatModel model, String modelName, PromptRegistry prompts) {
        this.model = model;
        this.modelName = modelName;
        this.prompt = prompts.require("eval.judge", java.util.Set.of("criterion", "question", "answer", "context"));
    }

    @Override
    public String model() {
        return modelName;
    }

    @Override
    public Verdict judge(String criterion, String question, String answer, String context) {
        String text = prompt.render(Map.of("criterion", criterion, "question", question, "answer", answer, "context", context)).text();
        String reply = model.call(text);
        Matcher score = SCORE.matcher(reply == null ? "" : reply);
        if (!score.find()) {
            return new Verdict(0, "the judge gave no score: " + abbreviate(reply));
        }
        Matcher reason = REASON.matcher(reply);
        return new Verdict(Math.max(0, Math.min(1, Double.parseDouble(score.group(1)))),
                reason.find() ? reason.group(1).strip() : "");
    }

    private static String abbreviate(String s) {
        return s == null ? "(nothing)" : s.length() > 200 ? s.substring(0, 200).toLowerCase(Locale.ROOT) + "…" : s;
    }
}

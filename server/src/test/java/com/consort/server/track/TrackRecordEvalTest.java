package com.consort.server.track;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.server.DemoServerTest;
import com.consort.server.eval.EvalRuns;
import com.consort.server.eval.EvalCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The track-record suite (eval/suites/assistant-track-record.yaml) over the demo ecosystem and its CRM
 * history, offline: track record decides between otherwise equal partners, never overrides a constraint,
 * and overlap questions are answered from the opportunities. Every case must pass.
 */
class TrackRecordEvalTest extends DemoServerTest {

    @Autowired
    EvalRuns runs;
    @TempDir
    Path work;

    @Test
    void everyTrackRecordCasePasses() throws Exception {
        awaitDemoData();
        var bytes = new ByteArrayOutputStream();
        int exit = EvalCommand.run(EvalCommand.parse(new String[] {"eval", "--suite", "assistant-track-record", "--out",
                work.toString()}), runs, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String console = bytes.toString(StandardCharsets.UTF_8);
        System.out.println(console);
        assertThat(console).contains("assistant-track-record (assistant): 6/6 passed").contains(", 0 skipped");
        assertThat(exit).isZero();
    }
}

package com.consort.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consort.knowledge.testing.TestStorage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Stored conversations on both storage set-ups: ownership, restarts and concurrent messages. */
class ConversationsTest {

    @Test
    void embedded() throws Exception {
        exercise(TestStorage.embedded(Path.of("target/test-data/conversations-" + System.nanoTime())));
    }

    @Test
    void postgres() throws Exception {
        exercise(TestStorage.postgres());
    }

    private void exercise(DataSource dataSource) throws Exception {
        String id;
        try (var context = AssistantFixture.context(dataSource, Map.of(), c -> { })) {
            AssistantFixture.loadDemoSlice(context, 60, 4);
            var conversations = context.getBean(Conversations.class);
            id = conversations.create("key:seller-1").id();

            Answer first = conversations.post(id, "key:seller-1", "Which partners in EMEA work with manufacturers?");
            assertThat(first.partners()).isNotEmpty();

            assertThat(conversations.list("key:seller-1", 10)).extracting(Conversations.Summary::id).containsExactly(id);
            assertThat(conversations.list("key:seller-2", 10)).isEmpty();
            assertThatThrownBy(() -> conversations.get(id, "key:seller-2")).isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> conversations.post(id, "key:seller-2", "hello")).isInstanceOf(NoSuchElementException.class);
        }
        // a restart: a new application over the same database continues the conversation
        try (var context = AssistantFixture.context(dataSource, Map.of(), c -> { })) {
            var conversations = context.getBean(Conversations.class);
            Answer refined = conversations.post(id, "key:seller-1", "only the ones that speak German");
            assertThat(refined.intent()).isEqualTo("refine");
            assertThat(refined.constraints()).containsKeys("regions", "industries", "languages");

            // messages sent at once to one conversation are all kept, in a gap-free order
            var pool = Executors.newFixedThreadPool(6);
            List<Callable<Answer>> posts = new ArrayList<>();
            IntStream.range(0, 6).forEach(i -> posts.add(() -> conversations.post(id, "key:seller-1", "Which resellers in DACH? #" + i)));
            for (var f : pool.invokeAll(posts)) {
                assertThat(f.get().intent()).isIn("partners", "refine");
            }
            pool.shutdown();

            var stored = conversations.get(id, "key:seller-1");
            assertThat(stored.messages()).hasSize(2 * 8);
            assertThat(stored.messages()).extracting(Conversations.Message::seq)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, 16).boxed().toList());
            assertThat(stored.messages().stream().filter(m -> m.role().equals("user")).map(Conversations.Message::text))
                    .contains("Which resellers in DACH? #0", "Which resellers in DACH? #5");
            assertThat(stored.messages().get(1).answer().partners()).isNotEmpty();
            assertThat(stored.summary().title()).isEqualTo("Which partners in EMEA work with manufacturers?");
        }
    }
}

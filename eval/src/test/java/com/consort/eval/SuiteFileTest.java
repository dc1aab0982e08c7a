package com.consort.eval;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SuiteFileTest {

    /** A file that is not a suite may hold anything (a password): the error says where, never what. */
    @Test
    void aYamlErrorNamesTheLineAndColumnButNeverQuotesTheFile() {
        String text = "suite: x\ncases: []\ndatabase_password: hunter2-secret: more\n";
        assertThatThrownBy(() -> SuiteFile.parse(text, "some.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getMessage()).doesNotContain("hunter2")
                        .doesNotContain("database_password"));
    }
}

package org.bellwether.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Scenario files fed arbitrary bytes (Jazzer; the seeds under ScenarioFuzzTestInputs run as regression tests): a file
 * is read or refused with an {@link IllegalArgumentException} naming it. Any other exception, a hang or a crash is a
 * finding.
 */
class ScenarioFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void scenario_files(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("bellwether-fuzz", ".yaml");
        try {
            Files.write(file, bytes);
            assertThat(Scenario.load(file.toString())).isNotNull();
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).contains(file.toString());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}

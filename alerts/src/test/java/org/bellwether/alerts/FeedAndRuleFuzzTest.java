package org.bellwether.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.alerts.feed.FeedMessages;
import org.bellwether.alerts.feed.MarketEvent;
import org.bellwether.alerts.feed.TailSource;
import org.bellwether.alerts.rules.RuleException;
import org.bellwether.alerts.rules.RuleFile;
import org.bellwether.core.calendar.NyseCalendar;

/**
 * The alert inputs fed arbitrary bytes (Jazzer; the seeds under FeedAndRuleFuzzTestInputs run as regression tests):
 * a rule file is read or refused with a {@link RuleException} naming the file; a feed message becomes an event,
 * nothing, or an {@link IllegalArgumentException} saying what is wrong; a tailed file never stops the tail, whatever
 * its lines. Any other exception, a hang or a crash is a finding.
 */
class FeedAndRuleFuzzTest {

    private static final FeedMessages MESSAGES = new FeedMessages(NyseCalendar.INSTANCE);

    @FuzzTest(maxDuration = "30s")
    void rule_files(byte[] bytes) {
        try {
            assertThat(RuleFile.parse(new String(bytes, StandardCharsets.UTF_8), "fuzz.rules.yaml")).isNotNull();
        } catch (RuleException refused) {
            assertThat(refused.getMessage()).contains("fuzz.rules.yaml");
        }
    }

    @FuzzTest(maxDuration = "30s")
    void feed_messages(byte[] bytes) {
        try {
            assertThat(MESSAGES.parse(new String(bytes, StandardCharsets.UTF_8))).isNotNull();
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    @FuzzTest(maxDuration = "30s")
    void tailed_csv(byte[] bytes) throws IOException, InterruptedException {
        Path file = Files.createTempFile("bellwether-fuzz", ".csv");
        try {
            Files.write(file, bytes);
            List<MarketEvent> events = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            TailSource tail = new TailSource(file, MESSAGES, warnings::add, false);
            tail.run(events::add);
            assertThat(tail.malformed()).isLessThanOrEqualTo(warnings.size());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}

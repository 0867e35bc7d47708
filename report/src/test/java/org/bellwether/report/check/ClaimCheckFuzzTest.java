package org.bellwether.report.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.bellwether.report.DemoStore;

/**
 * The claim checker fed arbitrary text as plain text, Markdown and HTML (Jazzer; the seeds under
 * ClaimCheckFuzzTestInputs run as regression tests): it always answers, every claim it reads has one verdict and
 * the summary adds up. Any exception, a hang or a crash is a finding.
 */
class ClaimCheckFuzzTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 22);
    private static final String[] NAMES = {"note.txt", "note.md", "note.html"};
    private static ClaimChecker checker;

    private static synchronized ClaimChecker checker() {
        if (checker == null) {
            checker = new ClaimChecker(DemoStore.data(), ClaimChecker.DEFAULT_SESSION_WINDOW);
        }
        return checker;
    }

    @FuzzTest(maxDuration = "60s")
    void any_text(byte[] bytes) {
        if (bytes.length == 0) {
            return;
        }
        String name = NAMES[Byte.toUnsignedInt(bytes[0]) % NAMES.length];
        String text = new String(bytes, 1, bytes.length - 1, StandardCharsets.UTF_8);
        CheckReport report = checker().check(text, name, AS_OF);
        assertThat(report.summary().verified() + report.summary().contradicted() + report.summary().unverifiable())
                .isEqualTo(report.claims().size());
    }
}

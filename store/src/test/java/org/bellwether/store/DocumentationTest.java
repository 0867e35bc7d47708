package org.bellwether.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/store.md documents every table and column the store has, with its type. */
class DocumentationTest {

    @Test
    void every_column_of_every_table_is_documented_with_its_type() throws IOException {
        String docs = Files.readString(Path.of("../docs/store.md"));
        for (TableSpec table : Tables.ALL) {
            String section = docs.substring(docs.indexOf("### `" + table.name() + "`"));
            for (Column column : table.columns()) {
                assertThat(section).as(table.name() + "." + column.name())
                        .contains("| `" + column.name() + "` | " + column.type().sql() + " |");
            }
        }
    }
}

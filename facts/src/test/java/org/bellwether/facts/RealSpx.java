package org.bellwether.facts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bellwether.ingest.BarOptions;
import org.bellwether.ingest.ImportProgress;
import org.bellwether.ingest.Imports;
import org.bellwether.store.MarketStore;

/**
 * A store in {@code dir} holding the real S&P 500 history the project ships (data/real/SPX.csv, 2000-01-03 to
 * 2020-04-17), named, with its inception (1957-03-04). Shared with the report's tests.
 */
public final class RealSpx {

    private RealSpx() {
    }

    /** A new store {@code dir/name} that holds SPX. */
    public static MarketStore store(Path dir, String name) throws IOException {
        MarketStore store = MarketStore.at(dir.resolve(name));
        Imports imports = new Imports(store, ImportProgress.NONE, false);
        imports.bars(Path.of("../data/real/SPX.csv"), BarOptions.defaults());
        imports.instruments(Files.writeString(dir.resolve(name + ".instruments.csv"),
                "symbol,name,kind,inception\nSPX,S&P 500,INDEX,1957-03-04\n"));
        return store;
    }
}

package org.bellwether.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.facts.text.Json;
import org.bellwether.store.MarketStore;
import org.bellwether.store.StoreException;

/**
 * The alert history in the store ({@code alert_history}): each alert is recorded under its key before any sink sees
 * it and marked delivered once every sink has it. After a restart, delivered keys are not sent again, recorded but
 * undelivered ones are sent first, and the last firing of each rule restores its cooldown.
 */
public final class AlertLog {

    private static final ObjectMapper JSON = Json.mapper(false);
    private static final String COLUMNS = "key, rule, type, severity, symbol, occurred, session, facts, note";

    private final MarketStore store;

    /** The history of {@code store}. */
    public AlertLog(MarketStore store) {
        this.store = store;
    }

    /** Every recorded key, with whether it was delivered. */
    public Map<String, Boolean> keys() {
        Map<String, Boolean> keys = new HashMap<>();
        query("SELECT key, delivered FROM alert_history", List.of(), rows -> keys.put(rows.getString(1),
                rows.getBoolean(2)));
        return keys;
    }

    /** When each rule last fired for each subject: what restores cooldowns after a restart. */
    public record LastFiring(String rule, String subject, Instant at) {
    }

    /** The last firing of every rule and subject in the history. */
    public List<LastFiring> lastFirings() {
        List<LastFiring> firings = new ArrayList<>();
        query("SELECT rule, symbol, max(epoch_ms(occurred)) FROM alert_history GROUP BY rule, symbol", List.of(),
                rows -> firings.add(new LastFiring(rows.getString(1), rows.getString(2),
                        Instant.ofEpochMilli(rows.getLong(3)))));
        return firings;
    }

    /** Alerts recorded but not confirmed delivered, oldest first. */
    public List<Alert> undelivered() {
        return alerts("WHERE NOT delivered ORDER BY occurred, key", List.of());
    }

    /** The latest {@code limit} alerts, newest first. */
    public List<Alert> latest(int limit) {
        return alerts("ORDER BY occurred DESC, key DESC LIMIT ?", List.of(limit));
    }

    /** Records {@code alert} as fired and not yet delivered; false when its key was recorded before. */
    public boolean record(Alert alert) {
        String facts;
        try {
            facts = JSON.writeValueAsString(alert.facts());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the facts of " + alert.key() + " are not JSON: " + e.getMessage(), e);
        }
        return store.writeState(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO alert_history (" + COLUMNS
                    + ", fired_at, delivered) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false) ON CONFLICT DO NOTHING")) {
                insert.setString(1, alert.key());
                insert.setString(2, alert.rule());
                insert.setString(3, alert.type());
                insert.setString(4, alert.severity());
                insert.setString(5, alert.symbol());
                insert.setObject(6, alert.at().atOffset(ZoneOffset.UTC));
                insert.setObject(7, alert.session());
                insert.setString(8, facts);
                insert.setString(9, alert.note());
                insert.setObject(10, OffsetDateTime.now(ZoneOffset.UTC));
                return insert.executeUpdate() == 1;
            }
        });
    }

    /** Marks the alert under {@code key} delivered to every sink. */
    public void delivered(String key) {
        store.writeState(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE alert_history SET delivered = true WHERE key = ?")) {
                update.setString(1, key);
                return update.executeUpdate();
            }
        });
    }

    private List<Alert> alerts(String where, List<Object> parameters) {
        List<Alert> alerts = new ArrayList<>();
        query("SELECT " + COLUMNS.replace(" occurred,", " epoch_ms(occurred),") + " FROM alert_history " + where, parameters,
                rows -> alerts.add(new Alert(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5), Instant.ofEpochMilli(rows.getLong(6)),
                        rows.getObject(7, LocalDate.class), facts(rows.getString(8)), rows.getString(9))));
        return alerts;
    }

    private static Map<String, Object> facts(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable facts in the alert history: " + e.getMessage(), e);
        }
    }

    private interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    private void query(String sql, List<Object> parameters, RowReader reader) {
        if (!store.exists()) {
            return;
        }
        try (Connection connection = store.openReadOnly(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the alert history of " + store.file() + ": " + e.getMessage(), e);
        }
    }
}

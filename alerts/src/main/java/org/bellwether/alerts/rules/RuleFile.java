package org.bellwether.alerts.rules;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bellwether.core.model.SeriesIds;
import org.bellwether.core.model.Symbols;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a rule file (YAML, or JSON, which is YAML too): a {@code rules:} list of rules, each checked field by field.
 * A bad rule is refused with the file, the line of the offending field and the reason; nothing of the file is used.
 * The format is documented in docs/alerts.md.
 */
public final class RuleFile {

    private static final Set<String> COMMON = Set.of("id", "type", "symbols", "members_of", "severity", "cooldown");
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "breakout", Set.of("interval", "level", "min_held_minutes", "volume_confirmed"),
            "breakdown", Set.of("interval", "level", "min_held_minutes", "volume_confirmed"),
            "record_high", Set.of(),
            "high_52w", Set.of(),
            "move", Set.of("k"),
            "relative", Set.of("vs", "period", "above_bp", "below_bp"),
            "correlation_below", Set.of("vs", "window", "below"),
            "volume_surge", Set.of("ratio"),
            "macro_change", Set.of("series", "change_bp", "observations"),
            "event", Set.of("tags"));

    /** The longest cooldown a rule may ask for: a year. */
    static final Duration LONGEST_COOLDOWN = Duration.ofDays(366);
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(s|m|h|d)");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private final String file;

    private RuleFile(String file) {
        this.file = file;
    }

    /** The rules of the file at {@code path}. */
    public static List<Rule> read(Path path) {
        try {
            return parse(Files.readString(path, StandardCharsets.UTF_8), path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rule file " + path + ": " + e.getMessage(), e);
        }
    }

    /** The rules of {@code text}, named {@code file} in messages. */
    public static List<Rule> parse(String text, String file) {
        RuleFile reader = new RuleFile(file);
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw new RuleException(file + " line " + (e.getProblemMark().getLine() + 1) + ": not valid YAML: "
                    + e.getProblem());
        } catch (YAMLException e) { // found by fuzzing: a character YAML does not allow, such as U+0000
            throw new RuleException(file + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new RuleException(file + " line 1: expected a mapping with a 'rules:' list");
        }
        Map<String, Node> top = reader.fields(mapping, Set.of("rules"), null);
        Node list = top.get("rules");
        if (!(list instanceof SequenceNode rules) || rules.getValue().isEmpty()) {
            throw reader.error(list == null ? mapping : list, null, "'rules' must be a list of at least one rule");
        }
        List<Rule> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node node : rules.getValue()) {
            Rule rule = reader.rule(node);
            if (!ids.add(rule.id())) {
                throw reader.error(node, rule.id(), "the id is used by an earlier rule; ids must be unique");
            }
            result.add(rule);
        }
        return result;
    }

    private Rule rule(Node node) {
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, null, "a rule must be a mapping of fields (id, type, ...)");
        }
        Map<String, Node> raw = fields(mapping, null, null);
        String id = text(raw, "id", mapping, null);
        if (!ID.matcher(id).matches()) {
            throw error(raw.get("id"), null, "id must be 1 to 64 characters A-Z a-z 0-9 _ . -, but was '" + id + "'");
        }
        String type = text(raw, "type", mapping, id);
        Set<String> own = FIELDS.get(type);
        if (own == null) {
            throw error(raw.get("type"), id, "unknown type '" + type + "'; expected one of "
                    + String.join(", ", FIELDS.keySet().stream().sorted().toList()));
        }
        Set<String> allowed = new HashSet<>(COMMON);
        allowed.addAll(own);
        Map<String, Node> f = fields(mapping, allowed, id);
        Fields fields = new Fields(f, mapping, id);
        Condition condition = condition(type, fields);
        List<String> symbols = fields.list("symbols").stream().map(s -> symbol(s, f.get("symbols"), id)).toList();
        String membersOf = fields.optionalText("members_of");
        if (membersOf != null) {
            membersOf = symbol(membersOf, f.get("members_of"), id);
        }
        boolean market = !(condition instanceof Condition.MacroChange || condition instanceof Condition.EventTag);
        if (market && symbols.isEmpty() && membersOf == null) {
            throw error(mapping, id, "a " + type + " rule needs symbols: [..] or members_of: INDEX");
        }
        if (!market && condition instanceof Condition.MacroChange && (!symbols.isEmpty() || membersOf != null)) {
            throw error(mapping, id, "a macro_change rule watches its series; it takes no symbols or members_of");
        }
        Rule.Severity severity = severity(fields);
        Duration cooldown = cooldown(fields);
        return new Rule(id, condition, symbols, membersOf, severity, cooldown, mapping.getStartMark().getLine() + 1);
    }

    private Condition condition(String type, Fields fields) {
        return switch (type) {
            case "breakout", "breakdown" -> {
                String interval = fields.choice("interval", "1d", List.of("1d", "1m"));
                boolean intraday = interval.equals("1m");
                if (!intraday && fields.has("min_held_minutes")) {
                    throw fields.error("min_held_minutes", "min_held_minutes applies to 1-minute bars (interval: 1m)");
                }
                Double level = fields.has("level") ? fields.number("level", 0, Double.MAX_VALUE, true) : null;
                yield new Condition.Breakout(type.equals("breakout"), intraday, level,
                        fields.has("min_held_minutes") ? fields.number("min_held_minutes", 0, 1440, false) : 0,
                        fields.bool("volume_confirmed", false));
            }
            case "record_high" -> new Condition.NewHigh(false);
            case "high_52w" -> new Condition.NewHigh(true);
            case "move" -> new Condition.Move(fields.has("k") ? fields.number("k", 0, 100, true) : 2);
            case "relative" -> {
                boolean above = fields.has("above_bp");
                if (above == fields.has("below_bp")) {
                    throw fields.error(null, "a relative rule needs exactly one of above_bp or below_bp");
                }
                String period = fields.has("period") ? fields.text("period").toLowerCase(Locale.ROOT) : "mtd";
                if (!period.equals("mtd") && !period.equals("ytd") && !period.matches("[1-9]\\d{0,3}")) {
                    throw fields.error("period", "period must be mtd, ytd or a number of sessions, but was " + period);
                }
                Double bp = fields.number(above ? "above_bp" : "below_bp", -1e6, 1e6, false);
                yield new Condition.Relative(symbol(fields.text("vs"), fields.node("vs"), fields.id), period,
                        above ? bp : null, above ? null : bp);
            }
            case "correlation_below" -> new Condition.CorrelationBelow(symbol(fields.text("vs"), fields.node("vs"),
                    fields.id), fields.has("window") ? (int) fields.integer("window", 2, 2520) : 20,
                    fields.number("below", -1, 1, false));
            case "volume_surge" -> new Condition.VolumeSurge(fields.has("ratio") ? fields.number("ratio", 0, 1000, true)
                    : 2);
            case "macro_change" -> {
                String series = SeriesIds.normalize(fields.text("series"));
                if (!SeriesIds.isValid(series)) {
                    throw fields.error("series", "series must be a series id such as BAMLH0A0HYM2, but was " + series);
                }
                double change = fields.number("change_bp", -1e5, 1e5, false);
                if (change == 0) {
                    throw fields.error("change_bp", "change_bp must not be 0: positive for a rise, negative for a fall");
                }
                yield new Condition.MacroChange(series, change, fields.has("observations")
                        ? (int) fields.integer("observations", 1, 2520) : 1);
            }
            case "event" -> {
                List<String> tags = fields.list("tags");
                if (tags.isEmpty()) {
                    throw fields.error("tags", "an event rule needs tags: [..]");
                }
                yield new Condition.EventTag(tags);
            }
            default -> throw new IllegalStateException(type);
        };
    }

    private Rule.Severity severity(Fields fields) {
        String value = fields.has("severity") ? fields.text("severity") : "info";
        try {
            return Rule.Severity.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fields.error("severity", "severity must be info, warning or critical, but was " + value);
        }
    }

    private Duration cooldown(Fields fields) {
        if (!fields.has("cooldown")) {
            return Duration.ZERO;
        }
        String value = fields.text("cooldown").strip();
        Matcher matcher = DURATION.matcher(value);
        if (value.equals("0")) {
            return Duration.ZERO;
        }
        if (!matcher.matches()) {
            throw fields.error("cooldown", "cooldown must be 0 or a number with s, m, h or d (30m, 1d), but was "
                    + value);
        }
        Duration cooldown;
        try {
            long n = Long.parseLong(matcher.group(1));
            cooldown = switch (matcher.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        } catch (NumberFormatException | ArithmeticException tooLong) { // found by fuzzing: a 100-digit cooldown
            cooldown = null;
        }
        if (cooldown == null || cooldown.compareTo(LONGEST_COOLDOWN) > 0) {
            throw fields.error("cooldown", "cooldown must be at most " + LONGEST_COOLDOWN.toDays() + "d, but was "
                    + value);
        }
        return cooldown;
    }

    private String symbol(String value, Node node, String id) {
        String symbol = Symbols.normalize(value);
        if (!Symbols.isValid(symbol)) {
            throw error(node, id, "'" + value + "' is not a symbol (1 to 20 characters A-Z 0-9 . ^ = _ -)");
        }
        return symbol;
    }

    /** The fields of a mapping by name; with {@code allowed}, an unknown name is an error naming the allowed ones. */
    private Map<String, Node> fields(MappingNode mapping, Set<String> allowed, String id) {
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw error(tuple.getKeyNode(), id, "field names must be plain words");
            }
            if (allowed != null && !allowed.contains(key.getValue())) {
                throw error(key, id, "unknown field '" + key.getValue() + "'; expected one of "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
            if (fields.put(key.getValue(), tuple.getValueNode()) != null) {
                throw error(key, id, "the field '" + key.getValue() + "' is given twice");
            }
        }
        return fields;
    }

    private String text(Map<String, Node> fields, String name, Node rule, String id) {
        Node node = fields.get(name);
        if (node == null) {
            throw error(rule, id, "the field '" + name + "' is required");
        }
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            throw error(node, id, name + " must be a single value");
        }
        return scalar.getValue().strip();
    }

    RuleException error(Node node, String id, String reason) {
        return new RuleException(file + " line " + (node.getStartMark().getLine() + 1) + ": "
                + (id == null ? "" : "rule '" + id + "': ") + reason);
    }

    /** One rule's fields, read with their type checked. */
    private final class Fields {
        private final Map<String, Node> fields;
        private final Node rule;
        private final String id;

        Fields(Map<String, Node> fields, Node rule, String id) {
            this.fields = fields;
            this.rule = rule;
            this.id = id;
        }

        boolean has(String name) {
            return fields.containsKey(name);
        }

        Node node(String name) {
            return fields.getOrDefault(name, rule);
        }

        String text(String name) {
            return RuleFile.this.text(fields, name, rule, id);
        }

        String optionalText(String name) {
            return has(name) ? text(name) : null;
        }

        String choice(String name, String defaultValue, List<String> allowed) {
            String value = has(name) ? text(name) : defaultValue;
            if (!allowed.contains(value)) {
                throw error(name, name + " must be one of " + String.join(", ", allowed) + ", but was " + value);
            }
            return value;
        }

        double number(String name, double min, double max, boolean exclusiveMin) {
            String value = text(name);
            try {
                double number = Double.parseDouble(value.replace("_", ""));
                if (!(exclusiveMin ? number > min : number >= min) || !(number <= max)) {
                    throw error(name, name + " must be " + (exclusiveMin ? "above " : "at least ") + format(min)
                            + (max < Double.MAX_VALUE ? " and at most " + format(max) : "") + ", but was " + value);
                }
                return number;
            } catch (NumberFormatException e) {
                throw error(name, name + " must be a number, but was " + value);
            }
        }

        long integer(String name, long min, long max) {
            double number = number(name, min, max, false);
            if (number != Math.rint(number)) {
                throw error(name, name + " must be a whole number, but was " + text(name));
            }
            return (long) number;
        }

        boolean bool(String name, boolean defaultValue) {
            if (!has(name)) {
                return defaultValue;
            }
            return switch (text(name).toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> true;
                case "false", "no" -> false;
                default -> throw error(name, name + " must be true or false, but was " + text(name));
            };
        }

        List<String> list(String name) {
            Node node = fields.get(name);
            if (node == null) {
                return List.of();
            }
            List<String> values = new ArrayList<>();
            if (node instanceof ScalarNode scalar) {
                values.add(scalar.getValue().strip());
            } else if (node instanceof SequenceNode sequence) {
                for (Node item : sequence.getValue()) {
                    if (!(item instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                        throw error(name, name + " must be a list of plain values");
                    }
                    values.add(scalar.getValue().strip());
                }
            } else {
                throw error(name, name + " must be a list: [A, B]");
            }
            return values;
        }

        RuleException error(String name, String reason) {
            return RuleFile.this.error(name == null ? rule : node(name), id, reason);
        }

        private static String format(double value) {
            return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
        }
    }
}

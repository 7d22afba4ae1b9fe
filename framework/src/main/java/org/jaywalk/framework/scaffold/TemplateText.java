package org.jaywalk.framework.scaffold;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the {@code {{key}}} placeholders of a template. A placeholder alone on its line takes a value of several
 * lines, each indented like the placeholder (so a HOCON block lands inside a Java text block as it should).
 */
final class TemplateText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z]+)}}");

    private TemplateText() {
    }

    /**
     * @param template the text with placeholders
     * @param values the value of every placeholder the text uses
     * @param source the template's name, for the error about a placeholder without a value
     */
    static String render(String template, Map<String, String> values, String source) {
        StringBuilder out = new StringBuilder();
        for (String line : template.split("\n", -1)) {
            String stripped = line.strip();
            Matcher whole = PLACEHOLDER.matcher(stripped);
            if (whole.matches()) {
                String indent = line.substring(0, line.indexOf(stripped));
                value(whole.group(1), values, source).stripTrailing().lines()
                        .forEach(l -> out.append(l.isBlank() ? "" : indent + l).append('\n'));
            } else {
                out.append(PLACEHOLDER.matcher(line).replaceAll(m -> Matcher.quoteReplacement(
                        value(m.group(1), values, source)))).append('\n');
            }
        }
        return out.substring(0, out.length() - 1);
    }

    private static String value(String key, Map<String, String> values, String source) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("template " + source + " uses {{" + key + "}}, which has no value");
        }
        return value;
    }
}

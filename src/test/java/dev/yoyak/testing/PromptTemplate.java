package dev.yoyak.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.yoyak.llm.Prompts;

/**
 * A template of {@code prompts/} read as the service reads it, turned into a pattern: whether a message was rendered
 * from it, and with which variable values. The fake backend recognises a call by the template it was made from, so
 * editing a prompt's wording breaks no test.
 */
public final class PromptTemplate {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)\\}");

    private final Pattern pattern;
    private final Set<String> names;

    private PromptTemplate(Pattern pattern, Set<String> names) {
        this.pattern = pattern;
        this.names = names;
    }

    /** The template of a prompt file, e.g. {@link Prompts#TRANSLATE_USER}. */
    public static PromptTemplate of(String resource) {
        String text = Prompts.text(resource);
        StringBuilder regex = new StringBuilder("\\s*");
        Set<String> names = new LinkedHashSet<>();
        Matcher variable = VARIABLE.matcher(text);
        int at = 0;
        while (variable.find()) {
            literal(regex, text.substring(at, variable.start()));
            String name = variable.group(1);
            // The last variable takes the rest (a service may append output instructions after the template).
            boolean last = text.substring(variable.end()).isBlank();
            regex.append(names.add(name) ? "(?<" + name + ">[\\s\\S]*" + (last ? ")" : "?)") : "\\k<" + name + ">");
            at = variable.end();
        }
        literal(regex, text.substring(at));
        regex.append("\\s*");
        return new PromptTemplate(Pattern.compile(regex.toString()), names);
    }

    /** A literal part of the template, matched with any run of white space where it has one. */
    private static void literal(StringBuilder regex, String literal) {
        if (literal.isBlank()) {
            regex.append("\\s*");
            return;
        }
        List<String> words = new ArrayList<>();
        for (String word : literal.strip().split("\\s+")) {
            words.add(Pattern.quote(word));
        }
        regex.append(Character.isWhitespace(literal.charAt(0)) ? "\\s*" : "")
                .append(String.join("\\s+", words))
                .append(Character.isWhitespace(literal.charAt(literal.length() - 1)) ? "\\s*" : "");
    }

    /** The variable values of a message rendered from this template, or empty when it was not. */
    public Optional<Map<String, String>> values(String message) {
        Matcher matched = pattern.matcher(message);
        if (!matched.matches()) {
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        names.forEach(name -> values.put(name, matched.group(name).strip()));
        return Optional.of(values);
    }

    /** True when the message was rendered from this template. */
    public boolean rendered(String message) {
        return pattern.matcher(message).matches();
    }
}

package org.sharewell.publishing.internal;

import org.sharewell.publishing.Placeholder;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finding the placeholders in a text and putting an organisation's answers in their place; pure. */
final class Placeholders {

    /** {{word}}, with spaces allowed inside the braces as people type them. */
    private static final Pattern WORD = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]{1,60})\\s*}}");

    /** The characters that make markup anywhere in a line (emphasis, links, code, HTML, entities). */
    private static final Pattern MARKUP_ANYWHERE = Pattern.compile("([\\\\`*_\\[\\]<>!|~{}&])");

    /** What makes markup only at the start of a line: a heading, a list item, a quote. */
    private static final Pattern MARKUP_AT_START = Pattern.compile("^([-+#=]|[0-9]+(?=[.)]))");

    private Placeholders() {
    }

    static Set<Placeholder> used(String text) {
        var used = EnumSet.noneOf(Placeholder.class);
        var words = WORD.matcher(text);
        while (words.find()) {
            Placeholder.byWord(words.group(1)).ifPresent(used::add);
        }
        return used;
    }

    /** The words in double braces that are no placeholder, each once, in the order they appear. */
    static List<String> unknown(String text) {
        var unknown = new ArrayList<String>();
        var words = WORD.matcher(text);
        while (words.find()) {
            String word = words.group(1);
            if (Placeholder.byWord(word).isEmpty() && !unknown.contains(word)) {
                unknown.add(word);
            }
        }
        return unknown;
    }

    /**
     * The text with each answered placeholder replaced by its answer, written so Markdown shows it as
     * typed (an answer of "*Jo*" is not made emphasis, nor "[x](javascript:...)" a link).
     */
    static String fill(String text, Map<Placeholder, String> answers) {
        return WORD.matcher(text).replaceAll(found -> Placeholder.byWord(found.group(1))
                .map(answers::get)
                .map(answer -> Matcher.quoteReplacement(literal(answer)))
                .orElse(Matcher.quoteReplacement(found.group())));
    }

    /** CommonMark makes any ASCII punctuation after a backslash literal; only what could be markup is escaped, so the text stays readable. */
    /** The text of a template for its readers: each placeholder shown as a blank, such as [communications contact]. */
    static String blanks(String text) {
        return WORD.matcher(text).replaceAll(found -> Placeholder.byWord(found.group(1))
                .map(placeholder -> Matcher.quoteReplacement("\\[" + placeholder.word().replace('_', ' ') + "\\]"))
                .orElse(Matcher.quoteReplacement(found.group())));
    }

    static String literal(String answer) {
        String escaped = MARKUP_ANYWHERE.matcher(answer.strip().replaceAll("\\s+", " ")).replaceAll("\\\\$1");
        var start = MARKUP_AT_START.matcher(escaped);
        if (!start.find()) {
            return escaped;
        }
        return start.group(1).chars().allMatch(Character::isDigit)
                ? escaped.substring(0, start.end()) + "\\" + escaped.substring(start.end())
                : "\\" + escaped;
    }
}

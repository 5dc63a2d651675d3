package org.sharewell.endtoend;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What every page is held to, checked in the browser as it stands: no critical or serious
 * violation of WCAG 2.0, 2.1 or 2.2 at levels A and AA as axe-core finds them, no heading, label or
 * button cut off with an ellipsis, no sideways scrolling of the page at a phone's width, and a
 * heading (an empty or browser-default page has none). Each problem comes back as one line.
 */
final class PageChecks {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");
    private static final Set<String> FAILING_IMPACTS = Set.of("critical", "serious");

    /** Finds text cut short with an ellipsis in headings, labels and buttons, inside shadow roots too. */
    private static final String CUT_OFF_TEXT = """
            const found = [];
            const visit = root => {
              for (const element of root.querySelectorAll('*')) {
                if (element.matches('h1, h2, h3, h4, label, [part~="label"], vaadin-button, [part~="navbar"] *')) {
                  const style = getComputedStyle(element);
                  if (style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth + 1
                      && element.textContent.trim() !== '') {
                    found.push(element.textContent.trim().slice(0, 60));
                  }
                }
                if (element.shadowRoot) visit(element.shadowRoot);
              }
            };
            visit(document);
            return found;""";

    /** Whether the page, or the layout's own scrolling content area, is wider than the window. */
    private static final String SCROLLS_SIDEWAYS = """
            const page = document.scrollingElement;
            if (page.scrollWidth > page.clientWidth + 1) return true;
            const layout = document.querySelector('vaadin-app-layout');
            const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');
            return !!content && content.scrollWidth > content.clientWidth + 1;""";

    private PageChecks() {
    }

    /** The problems on the page the browser shows now, each naming {@code where}. */
    @SuppressWarnings("unchecked")
    static List<String> problems(WebDriver browser, String where, boolean phone) {
        var problems = new ArrayList<String>();
        var script = (JavascriptExecutor) browser;
        Object heading = script.executeScript("const h = document.querySelector('h1'); return h ? h.textContent.trim() : '';");
        if (heading == null || heading.toString().isEmpty()) {
            problems.add(where + ": no heading, so an empty or the browser's own page");
        }
        var results = new AxeBuilder().withTags(WCAG_TAGS).analyze(browser);
        for (Rule violation : results.getViolations()) {
            if (FAILING_IMPACTS.contains(violation.getImpact())) {
                violation.getNodes().forEach(node -> problems.add(where + ": " + violation.getId() + " (" + violation.getImpact()
                        + ") " + violation.getHelp() + " at " + node.getTarget()));
            }
        }
        for (Object cut : (List<Object>) script.executeScript(CUT_OFF_TEXT)) {
            problems.add(where + ": text cut off with an ellipsis: \"" + cut + "\"");
        }
        if (phone && Boolean.TRUE.equals(script.executeScript(SCROLLS_SIDEWAYS))) {
            problems.add(where + ": the page scrolls sideways at a phone's width");
        }
        return problems;
    }
}

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

    /**
     * Whether the page, or the layout's own scrolling content area, is wider than the window: null if
     * neither is, otherwise the element reaching furthest to the right, to say what to fix.
     */
    private static final String SCROLLS_SIDEWAYS = """
            const page = document.scrollingElement;
            const layout = document.querySelector('vaadin-app-layout');
            const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');
            if (page.scrollWidth <= page.clientWidth + 1 && !(content && content.scrollWidth > content.clientWidth + 1)) {
              return null;
            }
            let widest = null, right = 0;
            for (const element of document.body.querySelectorAll('*')) {
              const edge = element.getBoundingClientRect().right;
              if (edge > right) { right = edge; widest = element; }
            }
            if (!widest) return 'the page';
            const name = widest.tagName.toLowerCase() + (widest.className && typeof widest.className === 'string'
                ? '.' + widest.className.trim().split(/\\s+/).join('.') : '');
            return name + ' "' + (widest.textContent || '').trim().slice(0, 40) + '", reaching ' + Math.round(right) + ' px';""";

    /**
     * After a Tab: describes the focused element (inside shadow roots too), marks the top-level
     * control holding it as reached, and says whether the focus can be seen: Vaadin's focus ring
     * (the {@code focus-ring} attribute on the component), or an outline or shadow on the element.
     */
    private static final String FOCUS_NOW = """
            let el = document.activeElement;
            while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
            if (!el || el === document.body) return null;
            let visible = false, control = null;
            for (let n = el; n; n = n.parentNode || n.host) {
              if (n.nodeType !== 1) continue;
              // Vaadin's components show keyboard focus with a ring; its grid, with the focused cell.
              if (n.hasAttribute('focus-ring') || (n.localName === 'vaadin-grid' && n.hasAttribute('navigating'))) visible = true;
              if (!control && n.getRootNode() === document) control = n;
            }
            control = control || el;
            for (let n = control; n && n.nodeType === 1; n = n.parentElement) {
              if (n.matches(arguments[0])) { n.setAttribute('data-tab-reached', ''); break; }
            }
            if (!visible) {
              const style = getComputedStyle(el);
              visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
            }
            const name = (el.getAttribute('aria-label') || el.textContent || el.id || el.localName).trim().slice(0, 50);
            return [el.localName + ' "' + name + '"', visible, control.localName + '#' + (control.id || name)];""";

    /**
     * The controls a keyboard must reach, as they stand in the page (not inside another's shadow). A
     * grid is one Tab stop, as the ARIA grid pattern has it: the controls in its cells are reached
     * with the arrow keys and Enter, so they are not counted here.
     */
    private static final String CONTROLS = "a[href], vaadin-button, vaadin-text-field, vaadin-email-field, "
            + "vaadin-password-field, vaadin-text-area, vaadin-checkbox, vaadin-combo-box, vaadin-select, "
            + "vaadin-date-picker, vaadin-side-nav-item";

    private static final String NOT_REACHED = """
            return [...document.querySelectorAll(arguments[0])]
              .filter(c => !c.hasAttribute('data-tab-reached') && !c.hasAttribute('disabled') && c.offsetParent !== null
                        && !c.closest('vaadin-dialog-overlay, [hidden], vaadin-grid'))
              .map(c => c.localName + ' "' + (c.getAttribute('aria-label') || c.textContent).trim().slice(0, 50) + '"');""";

    private PageChecks() {
    }

    /**
     * Presses Tab through the page from the top until the focus comes round again: at every stop the
     * focus must be visible (WCAG 2.4.7), and every control on the page must have been reached (2.1.1).
     * Each stop is looked at the moment the focus arrives, by a listener in the page (bubbling, so after
     * the component's own, which sets Vaadin's focus ring), so the Tabs go in batches rather than two
     * round trips to the browser for each.
     */
    @SuppressWarnings("unchecked")
    static List<String> tabPassProblems(WebDriver browser, String where) {
        var problems = new ArrayList<String>();
        var script = (JavascriptExecutor) browser;
        script.executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);"
                + "window.__tabStops = [];"
                + "if (!window.__tabListener) { window.__tabListener = () => { const found = (function() {" + FOCUS_NOW
                + "}).call(null, window.__tabControls); if (found) window.__tabStops.push(found); };"
                + " document.addEventListener('focusin', window.__tabListener); }"
                + "window.__tabControls = arguments[0];", CONTROLS);
        var keys = new org.openqa.selenium.interactions.Actions(browser);
        String first = null;
        int seen = 0;
        boolean round = false;
        for (int batch = 0; batch < 6 && !round; batch++) {
            for (int i = 0; i < 20; i++) {
                keys.sendKeys(org.openqa.selenium.Keys.TAB);
            }
            keys.perform();
            var stops = (List<List<Object>>) script.executeScript("return window.__tabStops;");
            for (; seen < stops.size(); seen++) {
                var focus = stops.get(seen);
                String control = (String) focus.get(2);
                if (control.equals(first)) {
                    round = true;
                    break;
                }
                first = first == null ? control : first;
                if (!Boolean.TRUE.equals(focus.get(1))) {
                    problems.add(where + ": the focus cannot be seen on " + focus.get(0));
                }
            }
        }
        for (Object missed : (List<Object>) script.executeScript(NOT_REACHED, CONTROLS)) {
            problems.add(where + ": Tab never reaches " + missed);
        }
        return problems;
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
        if (phone && script.executeScript(SCROLLS_SIDEWAYS) instanceof String widest) {
            problems.add(where + ": the page scrolls sideways at a phone's width; furthest right: " + widest);
        }
        return problems;
    }
}

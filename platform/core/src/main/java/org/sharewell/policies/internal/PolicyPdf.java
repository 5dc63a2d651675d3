package org.sharewell.policies.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.sharewell.kernel.UkTime;
import org.sharewell.policies.PublishedPolicy;
import org.sharewell.publishing.Markdown;
import org.springframework.core.io.ClassPathResource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A published policy as a PDF, by openhtmltopdf: PDF/UA, so it is tagged (headings, paragraphs and
 * lists a screen reader can follow), its text is real text in an embedded font (DejaVu Sans, shipped
 * in {@code fonts/}), and its title, language and author (the organisation) are in its properties.
 */
final class PolicyPdf {

    private static final String FAMILY = "DejaVu Sans";

    private PolicyPdf() {
    }

    static byte[] of(PublishedPolicy policy) {
        var version = policy.version();
        String xhtml = """
                <!DOCTYPE html>
                <html lang="en-GB"><head><title>%1$s</title><meta name="author" content="%2$s"/>
                <meta name="subject" content="%1$s, version %3$d"/>
                <style>
                @page { size: A4; margin: 2cm; }
                body { font-family: '%5$s'; font-size: 11pt; line-height: 1.45; }
                h1 { font-size: 20pt; } h2 { font-size: 14pt; margin-top: 1.2em; }
                .organisation, .version { color: #333; }
                </style></head>
                <body><p class="organisation">%2$s</p>%4$s<p class="version">Version %3$d, published on %6$s.</p></body></html>
                """.formatted(xml(version.title()), xml(policy.organisationName()), version.number(),
                Markdown.toSafeHtml(version.filled()), FAMILY, UkTime.date(version.publishedAt()));
        var pdf = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
            builder.useFont(() -> font("DejaVuSans.ttf"), FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Oblique.ttf"), FAMILY, 400, BaseRendererBuilder.FontStyle.ITALIC, true);
            builder.withProducer("Sharewell");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException failed) {
            throw new UncheckedIOException("The PDF of " + version.title() + " could not be made", failed);
        }
        return pdf.toByteArray();
    }

    private static java.io.InputStream font(String file) {
        try {
            return new ClassPathResource("fonts/" + file).getInputStream();
        } catch (IOException missing) {
            throw new UncheckedIOException("The font " + file + " is missing from the build", missing);
        }
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

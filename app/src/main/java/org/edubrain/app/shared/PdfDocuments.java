package org.edubrain.app.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Reports as PDF: a Thymeleaf template rendered in Chinese, laid out by openhtmltopdf with the CJK
 * font that ships inside the application (Noto Sans SC), so that a machine without CJK fonts
 * writes the same document.
 */
@Component
public class PdfDocuments {

    private final TemplateEngine templates;
    private final ApplicationContext context;

    PdfDocuments(TemplateEngine templates, ApplicationContext context) {
        this.templates = templates;
        this.context = context;
    }

    /** The template rendered with these variables, as an inline PDF response named {@code filename}. */
    public ResponseEntity<byte[]> inline(String template, Map<String, Object> variables, String filename) throws IOException {
        Context ctx = new Context(Locale.SIMPLIFIED_CHINESE);
        // lets the template reach the ${@fmt} and ${@labels} beans outside a web request
        ctx.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        variables.forEach(ctx::setVariable);
        String html = templates.process(template, ctx);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> {
                InputStream in = PdfDocuments.class.getResourceAsStream("/fonts/NotoSansSC-Regular.ttf");
                if (in == null) {
                    throw new IllegalStateException("the CJK font is missing from the application");
                }
                return in;
            }, "Noto Sans SC");
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header("Content-Disposition", ContentDisposition.inline().filename(filename, StandardCharsets.UTF_8).build()
                            .toString())
                    .body(out.toByteArray());
        }
    }
}

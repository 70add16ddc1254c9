package org.edubrain.app.collection.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.edubrain.app.collection.CollectionLimits;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An upload over the multipart limit is stopped before any controller sees it; it gets the same
 * clear answer as a file over {@code edubrain.collection.max-file-bytes}: 413 with the rule
 * {@code too_large} on the API, and the upload page with the message again on the pages.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // before the general problem-details handler, which answers 413 without the rule
class UploadTooLarge {

    private final CollectionLimits limits;

    UploadTooLarge(CollectionLimits limits) {
        this.limits = limits;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<?> tooLarge(HttpServletRequest request, HttpServletResponse response) {
        long mb = limits.maxFileBytes() >> 20;
        String zh = "文件超过 " + mb + " MB 上限，请分批提交";
        String en = "the file is over the " + mb + " MB limit; submit it in parts";
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, zh + " / " + en);
            p.setType(URI.create("about:blank"));
            p.setProperty("rule", "too_large");
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(p);
        }
        // back to the upload page, the message carried as a flash attribute (as a redirect view would)
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("tooLarge", zh + " / " + en);
        RequestContextUtils.saveOutputFlashMap(request.getContextPath() + "/collection", request, response);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(request.getContextPath() + "/collection")).build();
    }
}

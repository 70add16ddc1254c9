package org.edubrain.app.collection.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.edubrain.app.collection.CollectionLimits;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * An upload over the multipart limit (stopped before any controller) answers like a file over the
 * pipeline's own limit: 413 with the rule too_large on the API, the upload page with the message on
 * the pages. (A 200 MB upload in a test would only test the servlet container's counting.)
 */
class UploadTooLargeTest {

    private final UploadTooLarge advice = new UploadTooLarge(new CollectionLimits(200L << 20, null, null, null, null));

    private static MockHttpServletRequest request(String uri) {
        MockHttpServletRequest r = new MockHttpServletRequest("POST", uri);
        r.setAttribute(DispatcherServlet.FLASH_MAP_MANAGER_ATTRIBUTE, new SessionFlashMapManager());
        r.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, new FlashMap());
        return r;
    }

    @Test
    void theApiAnswers413WithTheRule() {
        ResponseEntity<?> r = advice.tooLarge(request("/api/v1/collection/learners/submissions"), new MockHttpServletResponse());
        assertThat(r.getStatusCode().value()).isEqualTo(413);
        ProblemDetail p = (ProblemDetail) r.getBody();
        assertThat(p.getProperties()).containsEntry("rule", "too_large");
        assertThat(p.getDetail()).contains("200 MB").contains("上限");
    }

    @Test
    void thePageGoesBackToTheUploadPageWithTheMessage() {
        MockHttpServletRequest request = request("/collection/learners/upload");
        ResponseEntity<?> r = advice.tooLarge(request, new MockHttpServletResponse());
        assertThat(r.getStatusCode().value()).isEqualTo(303);
        assertThat(r.getHeaders().getLocation()).hasToString("/collection");
        List<?> maps = (List<?>) request.getSession().getAttribute(SessionFlashMapManager.class.getName() + ".FLASH_MAPS");
        FlashMap saved = (FlashMap) maps.get(0);
        assertThat((String) saved.get("tooLarge")).contains("200 MB");
        assertThat(saved.getTargetRequestPath()).isEqualTo("/collection");
    }
}

package org.edubrain.app.collection;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on submitted files ({@code edubrain.collection.*}): a file larger, or with more rows,
 * is refused with a clear message before anything is written.
 *
 * @param maxFileBytes    the largest file accepted (200 MB)
 * @param maxRows         the most data rows in one file (2,000,000)
 * @param maxXmlBytes     the largest uncompressed part of an xlsx workbook (2 GB)
 * @param minInflateRatio the smallest compressed/uncompressed size ratio of an xlsx part (0.01; below it, a zip bomb)
 * @param problemsKept    the most problems listed in one report (all are counted)
 */
@ConfigurationProperties("edubrain.collection")
public record CollectionLimits(Long maxFileBytes, Integer maxRows, Long maxXmlBytes, Double minInflateRatio,
        Integer problemsKept) {

    public CollectionLimits {
        maxFileBytes = maxFileBytes == null ? 200L << 20 : maxFileBytes;
        maxRows = maxRows == null ? 2_000_000 : maxRows;
        maxXmlBytes = maxXmlBytes == null ? 2L << 30 : maxXmlBytes;
        minInflateRatio = minInflateRatio == null ? 0.01 : minInflateRatio;
        problemsKept = problemsKept == null ? 1000 : problemsKept;
    }
}

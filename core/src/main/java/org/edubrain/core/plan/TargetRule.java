package org.edubrain.core.plan;

/** How a target is to be met. */
public enum TargetRule {
    /** Reach at least the target value by the target year (a rising indicator). */
    AT_LEAST,
    /** Come down to at most the target value (a falling indicator). */
    AT_MOST,
    /** 保持高水平: in no year below the baseline. */
    KEEP_HIGH;

    public String code() {
        return name().toLowerCase();
    }
}

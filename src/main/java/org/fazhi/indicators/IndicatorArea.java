package org.fazhi.indicators;

/** An area (一级指标) of a system, in order. */
public record IndicatorArea(long id, long systemId, int seq, String title) {
}

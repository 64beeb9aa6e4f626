package org.radassist.review;

/** The VOI window the reviewer used, in modality units: window centre and width. */
public record WindowSetting(double center, double width) {
}

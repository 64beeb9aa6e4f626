package org.radassist.review.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import org.radassist.review.Annotation;
import org.radassist.review.ArrowAnnotation;
import org.radassist.review.EllipseAnnotation;
import org.radassist.review.LengthMeasurement;
import org.radassist.review.LineAnnotation;
import org.radassist.review.RectangleAnnotation;
import org.radassist.review.RegionOfInterest;
import org.radassist.review.RoiStatistics;
import org.radassist.review.TextAnnotation;
import org.radassist.review.VerdictKind;

/** Localised labels of measurements and verdicts, shared by the viewport and the reports. */
public final class MeasurementLabels {

    private final ReportMessages messages;

    public MeasurementLabels(ReportMessages messages) {
        this.messages = messages;
    }

    /** Returns "33.1 mm", or "50.0 px (uncalibrated)" without a pixel spacing; "" when not measured. */
    public String length(LengthMeasurement length) {
        if (length == null) {
            return "";
        }
        return length.uncalibrated()
                ? messages.format("review.length.pixels", length.value())
                : messages.format("review.length.mm", length.value());
    }

    /** Returns the mean, standard deviation, min, max and area of a region, or a note when it has none. */
    public String statistics(RoiStatistics statistics) {
        if (statistics == null) {
            return messages.get("review.roi.noStatistics");
        }
        String area = statistics.areaUnit() == LengthMeasurement.LengthUnit.MM
                ? messages.format("review.area.mm2", statistics.area())
                : messages.format("review.area.pixels", statistics.area());
        return messages.format("review.roi.statistics", number(statistics.mean(), "0.0"),
                number(statistics.standardDeviation(), "0.0"), number(statistics.min(), "0.#"),
                number(statistics.max(), "0.#"), statistics.valueUnit(), area);
    }

    /** Returns the short label drawn on the image beside a region: mean ± standard deviation. */
    public String shortStatistics(RoiStatistics statistics) {
        if (statistics == null) {
            return messages.get("review.roi.noStatistics");
        }
        return messages.format("review.roi.short", number(statistics.mean(), "0.0"),
                number(statistics.standardDeviation(), "0.0"), statistics.valueUnit()).strip();
    }

    /** Returns the measurement label of an annotation in lists, or "" for arrows. */
    public String label(Annotation annotation) {
        if (annotation instanceof LineAnnotation line) {
            return length(line.length());
        }
        if (annotation instanceof RegionOfInterest region) {
            return statistics(region.statistics());
        }
        if (annotation instanceof TextAnnotation text) {
            return text.text();
        }
        return "";
    }

    private String number(double value, String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(messages.locale())).format(value);
    }

    /** Returns the localised name of the annotation's kind. */
    public String kind(Annotation annotation) {
        String key;
        if (annotation instanceof ArrowAnnotation) {
            key = "review.tool.arrow";
        } else if (annotation instanceof LineAnnotation) {
            key = "review.tool.line";
        } else if (annotation instanceof EllipseAnnotation) {
            key = "review.tool.ellipse";
        } else if (annotation instanceof RectangleAnnotation) {
            key = "review.tool.rectangle";
        } else {
            key = "review.tool.text";
        }
        return messages.get(key);
    }

    /** Returns the localised verdict, or the "not reviewed" label for {@code null}. */
    public String verdict(VerdictKind kind) {
        return kind == null ? messages.get("review.verdict.none") : messages.get("review.verdict." + kind.name());
    }
}

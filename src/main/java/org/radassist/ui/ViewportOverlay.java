package org.radassist.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.AnchorPane;
import javafx.scene.layout.VBox;

/**
 * Text in the four corners of the viewport, drawn as labels above the image and never into its
 * pixels. Top left: patient name, ID and birth date; top right: study date, accession number and
 * study description; both are empty while identifiers are hidden. Bottom left: modality, series,
 * slice and frame. Bottom right: window, zoom, pixel spacing, rotation, flip and inversion.
 */
final class ViewportOverlay extends AnchorPane {

    private static final double MARGIN = 6;

    private final Localization text;
    private final ImageViewport viewport;
    private final ImageDisplay display;
    private final SeriesNavigation navigation;
    private final ViewerState state;
    private final VBox topLeft = corner("overlayTopLeft", Pos.TOP_LEFT);
    private final VBox topRight = corner("overlayTopRight", Pos.TOP_RIGHT);
    private final VBox bottomLeft = corner("overlayBottomLeft", Pos.BOTTOM_LEFT);
    private final VBox bottomRight = corner("overlayBottomRight", Pos.BOTTOM_RIGHT);

    ViewportOverlay(Localization text, ImageViewport viewport, ImageDisplay display, SeriesNavigation navigation,
            ViewerState state) {
        this.text = Objects.requireNonNull(text, "text");
        this.viewport = Objects.requireNonNull(viewport, "viewport");
        this.display = Objects.requireNonNull(display, "display");
        this.navigation = Objects.requireNonNull(navigation, "navigation");
        this.state = Objects.requireNonNull(state, "state");
        setId("viewportOverlay");
        getStyleClass().add("viewport-overlay");
        setMouseTransparent(true);
        setPickOnBounds(false);
        place(topLeft, true, true);
        place(topRight, true, false);
        place(bottomLeft, false, true);
        place(bottomRight, false, false);
        getChildren().addAll(topLeft, topRight, bottomLeft, bottomRight);

        Observable[] sources = {display.imageProperty(), display.selectedPresetProperty(), viewport.scaleProperty(),
            viewport.geometryProperty(), viewport.invertProperty(), navigation.slicePositionProperty(),
            navigation.sliceCountProperty(), state.hideIdentifiersProperty()};
        for (Observable source : sources) {
            source.addListener(observable -> refresh());
        }
        refresh();
    }

    /** Rewrites every corner from the current image and view. */
    void refresh() {
        OpenedImage image = display.imageProperty().get();
        if (image == null) {
            setLines(topLeft, List.of());
            setLines(topRight, List.of());
            setLines(bottomLeft, List.of());
            setLines(bottomRight, List.of());
            return;
        }
        ImageDetails details = image.details();
        boolean hidden = state.hideIdentifiersProperty().get();
        setLines(topLeft, hidden ? List.of() : patientLines(details));
        setLines(topRight, hidden ? List.of() : studyLines(details));
        setLines(bottomLeft, seriesLines(image, details));
        setLines(bottomRight, viewLines(details));
    }

    private List<String> patientLines(ImageDetails details) {
        List<String> lines = new ArrayList<>();
        addIfPresent(lines, personName(details.patientName()));
        if (!details.patientId().isEmpty()) {
            lines.add(text.format("overlay.patientId", details.patientId()));
        }
        if (!details.patientBirthDate().isEmpty()) {
            lines.add(text.format("overlay.birthDate", date(details.patientBirthDate())));
        }
        return lines;
    }

    private List<String> studyLines(ImageDetails details) {
        List<String> lines = new ArrayList<>();
        addIfPresent(lines, date(details.studyDate()));
        if (!details.accessionNumber().isEmpty()) {
            lines.add(text.format("overlay.accession", details.accessionNumber()));
        }
        addIfPresent(lines, details.studyDescription());
        return lines;
    }

    private List<String> seriesLines(OpenedImage image, ImageDetails details) {
        List<String> lines = new ArrayList<>();
        addIfPresent(lines, image.modality() == null ? "" : image.modality());
        String series = String.join(" ", details.seriesNumber().isEmpty() ? "" : "#" + details.seriesNumber(),
                details.seriesDescription()).strip();
        if (!series.isEmpty()) {
            lines.add(text.format("overlay.series", series));
        }
        if (navigation.sliceCountProperty().get() > 1) {
            lines.add(navigation.slicePositionProperty().get());
        }
        if (details.frameCount() > 1) {
            lines.add(text.format("overlay.frame", details.frameIndex() + 1, details.frameCount()));
        }
        return lines;
    }

    private List<String> viewLines(ImageDetails details) {
        List<String> lines = new ArrayList<>();
        WindowPreset window = WindowLabels.shown(display.currentWindow(), details);
        if (window != null) {
            lines.add(text.format("overlay.window", window.center(), window.width()));
        }
        lines.add(text.format("overlay.zoom", viewport.scaleProperty().get() * 100));
        lines.add(details.calibrated()
                ? text.format("overlay.spacing", details.columnSpacing(), details.rowSpacing())
                : text.get("overlay.uncalibrated"));
        Orientation orientation = viewport.geometryProperty().get().orientation();
        lines.add(text.format(orientation.flipped() ? "overlay.rotationFlipped" : "overlay.rotation",
                orientation.rotationDegrees()));
        if (viewport.invertProperty().get()) {
            lines.add(text.get("overlay.inverted"));
        }
        return lines;
    }

    /** Formats a DICOM PN value: family name, then the given and middle names, without the ^ separators. */
    static String personName(String value) {
        String alphabetic = value.split("=", -1)[0];
        String[] parts = alphabetic.split("\\^", -1);
        String family = parts.length > 0 ? parts[0].strip() : "";
        StringBuilder rest = new StringBuilder();
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isBlank()) {
                rest.append(rest.length() == 0 ? "" : " ").append(parts[i].strip());
            }
        }
        if (rest.length() == 0) {
            return family;
        }
        return family.isEmpty() ? rest.toString() : family + ", " + rest;
    }

    /** Formats a DICOM DA value YYYYMMDD as YYYY-MM-DD; other values are shown as stored. */
    static String date(String value) {
        if (value.length() == 8 && value.chars().allMatch(Character::isDigit)) {
            return value.substring(0, 4) + "-" + value.substring(4, 6) + "-" + value.substring(6);
        }
        return value;
    }

    private static void addIfPresent(List<String> lines, String line) {
        if (line != null && !line.isBlank()) {
            lines.add(line);
        }
    }

    private static void setLines(VBox corner, List<String> lines) {
        while (corner.getChildren().size() > lines.size()) {
            corner.getChildren().remove(corner.getChildren().size() - 1);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (i < corner.getChildren().size()) {
                ((Label) corner.getChildren().get(i)).setText(lines.get(i));
            } else {
                Label label = new Label(lines.get(i));
                label.getStyleClass().add("overlay-text");
                corner.getChildren().add(label);
            }
        }
    }

    private static VBox corner(String id, Pos alignment) {
        VBox box = new VBox(1);
        box.setId(id);
        box.setAlignment(alignment);
        return box;
    }

    private static void place(VBox box, boolean top, boolean left) {
        if (top) {
            AnchorPane.setTopAnchor(box, MARGIN);
        } else {
            AnchorPane.setBottomAnchor(box, MARGIN);
        }
        if (left) {
            AnchorPane.setLeftAnchor(box, MARGIN);
        } else {
            AnchorPane.setRightAnchor(box, MARGIN);
        }
    }
}

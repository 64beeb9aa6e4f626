package org.radassist.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The image area's content while no image is open. It shows the hint how to open a file, a
 * gallery of the bundled samples with thumbnails rendered in the background, and the recent files
 * and folders, with missing ones greyed out and marked. A click opens the sample or recent entry.
 */
final class StartScreen {

    private static final Logger LOG = LoggerFactory.getLogger(StartScreen.class);
    static final double THUMBNAIL_SIZE = 160;

    private final WorkbenchService service;
    private final Localization text;
    private final TaskExecutor executor;
    private final Consumer<Path> opener;
    private final FlowPane samplePane = new FlowPane(12, 12);
    private final VBox recentBox = new VBox(4);
    private final Label samplesHeading;
    private final Label recentHeading;
    private final ScrollPane root;
    private BackgroundTask<List<Path>> sampleListing;
    /** The newest check of the recent files; an older one still running must not overwrite its list. */
    private BackgroundTask<List<RecentEntry>> recentCheck;

    /**
     * Builds the screen around {@code hint}, the main window's "how to open a file" label.
     *
     * @param opener opens a file or folder, as the File menu does
     */
    StartScreen(WorkbenchService service, Localization text, TaskExecutor executor, Node hint, Consumer<Path> opener) {
        this.service = Objects.requireNonNull(service, "service");
        this.text = Objects.requireNonNull(text, "text");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.opener = Objects.requireNonNull(opener, "opener");
        samplesHeading = heading("start.samples");
        recentHeading = heading("start.recent");
        samplePane.setId("sampleGallery");
        recentBox.setId("recentFiles");
        VBox content = new VBox(10, hint, samplesHeading, samplePane, recentHeading, recentBox);
        content.setPadding(new Insets(16));
        content.setAlignment(Pos.TOP_LEFT);
        root = new ScrollPane(content);
        root.setId("startScreen");
        root.setFitToWidth(true);
        root.getStyleClass().add("start-screen");
        showSamples(List.of());
        showRecentEntries(List.of());
    }

    Node root() {
        return root;
    }

    /** Lists the samples and renders their thumbnails in the background. */
    void loadSamples() {
        sampleListing = BackgroundTask.wrap(cancel -> service.sampleFiles())
                .onSuccess(this::showSamples)
                .onFailure(error -> LOG.warn("Listing the sample images failed", error))
                .executeWith(executor);
    }

    void cancel() {
        if (sampleListing != null) {
            sampleListing.cancel();
        }
    }

    private Label heading(String key) {
        Label label = new Label(text.get(key));
        label.getStyleClass().add("heading");
        return label;
    }

    private void showSamples(List<Path> samples) {
        samplePane.getChildren().clear();
        for (Path sample : samples) {
            samplePane.getChildren().add(sampleTile(sample));
        }
        boolean any = !samples.isEmpty();
        samplesHeading.setVisible(any);
        samplesHeading.setManaged(any);
    }

    private Button sampleTile(Path sample) {
        ImageView thumbnail = new ImageView();
        thumbnail.setFitWidth(THUMBNAIL_SIZE);
        thumbnail.setFitHeight(THUMBNAIL_SIZE);
        thumbnail.setPreserveRatio(true);
        thumbnail.setSmooth(true);
        Button tile = new Button(Objects.toString(sample.getFileName(), sample.toString()), thumbnail);
        tile.setContentDisplay(ContentDisplay.TOP);
        // File names often contain underscores, which would otherwise mark a mnemonic and vanish.
        tile.setMnemonicParsing(false);
        tile.getStyleClass().add("sample-tile");
        tile.setUserData(sample);
        tile.setOnAction(event -> opener.accept(sample));
        BackgroundTask.wrap(cancel -> DisplayPixels.from(service.render(service.open(sample), null)))
                .onSuccess(pixels -> thumbnail.setImage(ImageViewport.toImage(pixels)))
                .onFailure(error -> LOG.warn("Rendering the thumbnail of {} failed: {}", sample.getFileName(),
                        error.getMessage()))
                .executeWith(executor);
        return tile;
    }

    /**
     * Shows the recent files and folders, most recent first. Whether each still exists is checked
     * in the background, because a path on a network share can block for a long time.
     */
    void showRecent(List<Path> recentFiles) {
        if (recentCheck != null) {
            recentCheck.cancel();
        }
        recentCheck = BackgroundTask.wrap(cancel -> recentFiles.stream()
                        .map(file -> new RecentEntry(file, Files.exists(file))).toList())
                .onSuccess(this::showRecentEntries)
                .onFailure(error -> LOG.warn("Checking the recent files failed", error))
                .executeWith(executor);
    }

    private void showRecentEntries(List<RecentEntry> entries) {
        recentBox.getChildren().clear();
        for (RecentEntry entry : entries) {
            Path file = entry.file();
            Hyperlink link = new Hyperlink(file.toString());
            link.setMnemonicParsing(false);
            link.setUserData(file);
            if (entry.exists()) {
                link.setOnAction(event -> opener.accept(file));
            } else {
                link.setText(text.format("start.missing", file.toString()));
                link.setDisable(true);
                link.getStyleClass().add("missing");
            }
            recentBox.getChildren().add(link);
        }
        boolean any = !entries.isEmpty();
        recentHeading.setVisible(any);
        recentHeading.setManaged(any);
    }

    private record RecentEntry(Path file, boolean exists) {
    }
}

package org.radassist.ui;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The main window's request and findings side, held out of the scene while the file opened at
 * start-up loads, so that the first frame's CSS pass, control skins and layout cover only the menu
 * and the image side. An empty region keeps its place in the split pane, so the image area has
 * its final size from the start and does not move when the side comes back.
 */
final class DeferredRequestSide {

    /** The side's index in {@code MainView.fxml}'s split pane: the image side comes first. */
    private static final int SIDE_INDEX = 1;

    private final SplitPane splitPane;
    private final Node side;
    private final double[] dividerPositions;

    private DeferredRequestSide(SplitPane splitPane, Node side, double[] dividerPositions) {
        this.splitPane = splitPane;
        this.side = side;
        this.dividerPositions = dividerPositions;
    }

    /** Replaces the side with an empty region until {@link #restore()}; call before the window shows. */
    static DeferredRequestSide detach(MainView view) {
        SplitPane splitPane = (SplitPane) view.root().lookup("#splitPane");
        Node side = splitPane.getItems().get(SIDE_INDEX);
        double[] positions = splitPane.getDividerPositions();
        splitPane.getItems().set(SIDE_INDEX, new Region());
        splitPane.setDividerPositions(positions);
        return new DeferredRequestSide(splitPane, side, positions);
    }

    /** Puts the side back where it was; call on the JavaFX thread. */
    void restore() {
        if (splitPane.getItems().get(SIDE_INDEX) != side) {
            splitPane.getItems().set(SIDE_INDEX, side);
            splitPane.setDividerPositions(dividerPositions);
        }
    }
}

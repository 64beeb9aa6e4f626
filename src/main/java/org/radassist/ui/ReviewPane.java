package org.radassist.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.radassist.review.ReviewSession;
import org.radassist.review.SessionFindings;
import org.radassist.review.Verdicts;

/**
 * The review pane under the findings: annotation tools with undo and redo, a verdict per finding
 * (and for the diagnosis and the impression), the overall note, the reviewer's name and the
 * report export. Its root has the id {@code reviewPane}.
 */
final class ReviewPane {

    private final Localization text;
    private final ReviewSessionModel model;
    private final AnnotationLayer layer;
    private final ObjectProperty<ViewerTool> viewerTool;

    private final VBox root = new VBox(6);
    private final ToggleGroup tools = new ToggleGroup();
    private final VBox verdictBox = new VBox(8);
    private final TextArea note = new TextArea();
    private final TextField reviewer = new TextField();
    private final Label message = new Label();
    private final Button exportButton = new Button();

    private final List<VerdictRow> findingRows = new ArrayList<>();
    private VerdictRow diagnosisRow;
    private VerdictRow impressionRow;
    private SessionFindings shownFindings;
    private boolean applying;

    ReviewPane(Localization text, ReviewSessionModel model, AnnotationLayer layer, ObjectProperty<ViewerTool> viewerTool,
               Runnable exportReport, StringProperty exportMessage) {
        this.text = Objects.requireNonNull(text, "text");
        this.model = Objects.requireNonNull(model, "model");
        this.layer = Objects.requireNonNull(layer, "layer");
        this.viewerTool = Objects.requireNonNull(viewerTool, "viewerTool");

        root.setId("reviewPane");
        root.getStyleClass().add("review-pane");
        Label heading = new Label(text.get("review.title"));
        heading.getStyleClass().add("section-title");

        note.setId("reviewNote");
        note.setPromptText(text.get("review.notePrompt"));
        note.setPrefRowCount(3);
        note.setWrapText(true);
        reviewer.setId("reviewerName");
        reviewer.setPromptText(text.get("review.reviewerPrompt"));
        reviewer.textProperty().bindBidirectional(model.reviewerNameProperty());
        message.setId("reviewMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.getStyleClass().add("review-message");
        exportButton.setId("exportReportButton");
        exportButton.setText(text.get("review.export"));
        exportButton.setOnAction(event -> exportReport.run());
        exportButton.disableProperty().bind(model.sessionProperty().isNull());
        // The export's result shows beside the button, which may be far below the pane's top.
        Label exportResult = new Label();
        exportResult.setId("exportMessage");
        exportResult.setWrapText(true);
        exportResult.getStyleClass().add("review-message");
        exportResult.textProperty().bind(exportMessage);
        HBox.setHgrow(exportResult, Priority.ALWAYS);
        HBox exportRow = new HBox(8, exportButton, exportResult);
        exportRow.setAlignment(Pos.CENTER_LEFT);

        root.getChildren().addAll(heading, toolRow(), message, verdictBox,
                new Label(text.get("review.note")), note,
                new Label(text.get("review.reviewer")), reviewer, exportRow);
        root.disableProperty().bind(model.sessionProperty().isNull());

        note.textProperty().addListener((observable, old, value) -> {
            if (!applying) {
                model.update(session -> session.withOverallNote(value));
            }
        });
        model.sessionProperty().addListener((observable, old, session) -> show(session));
        show(model.sessionProperty().get());
    }

    VBox node() {
        return root;
    }

    private FlowPane toolRow() {
        FlowPane row = new FlowPane(4, 4);
        Map<AnnotationTool, String> keys = Map.of(
                AnnotationTool.SELECT, "review.tool.select",
                AnnotationTool.ARROW, "review.tool.arrow",
                AnnotationTool.LINE, "review.tool.line",
                AnnotationTool.ELLIPSE, "review.tool.ellipse",
                AnnotationTool.RECTANGLE, "review.tool.rectangle",
                AnnotationTool.TEXT, "review.tool.text");
        for (AnnotationTool tool : AnnotationTool.values()) {
            ToggleButton button = new ToggleButton(text.get(keys.get(tool)));
            button.setId("annotate-" + tool.name().toLowerCase(Locale.ROOT));
            button.setTooltip(new Tooltip(text.format("review.toolTip", text.get(keys.get(tool)), toolKey(tool))));
            button.setUserData(tool);
            button.setToggleGroup(tools);
            row.getChildren().add(button);
        }
        tools.selectedToggleProperty().addListener((observable, old, selected) -> {
            if (selected != null) {
                layer.toolProperty().set((AnnotationTool) selected.getUserData());
                viewerTool.set(ViewerTool.ANNOTATE);
            } else if (viewerTool.get() == ViewerTool.ANNOTATE) {
                viewerTool.set(ViewerTool.WINDOW_LEVEL);
            }
        });
        viewerTool.addListener((observable, old, tool) -> showTool());
        // The tool keys change the layer's tool and the viewer tool without the buttons.
        layer.toolProperty().addListener((observable, old, tool) -> showTool());

        Button undo = button("annotateUndo", "review.undo", "review.undoTip", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = button("annotateRedo", "review.redo", "review.redoTip", model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());
        Button delete = button("annotateDelete", "review.delete", "review.deleteTip", layer::deleteSelected);
        delete.disableProperty().bind(layer.selectedIdProperty().isNull());
        row.getChildren().addAll(undo, redo, delete);
        return row;
    }

    /** Selects the button of the layer's tool while annotating, and none otherwise. */
    private void showTool() {
        if (viewerTool.get() != ViewerTool.ANNOTATE) {
            tools.selectToggle(null);
            return;
        }
        tools.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == layer.toolProperty().get())
                .findFirst()
                .ifPresent(tools::selectToggle);
    }

    /** Returns the key that chooses a tool, as the tooltip shows it. */
    static String toolKey(AnnotationTool tool) {
        return AnnotationLayer.TOOL_KEYS.entrySet().stream()
                .filter(entry -> entry.getValue() == tool)
                .map(entry -> entry.getKey().getName())
                .findFirst()
                .orElseThrow();
    }

    private Button button(String id, String key, String tooltipKey, Runnable action) {
        Button button = new Button(text.get(key));
        button.setId(id);
        button.setTooltip(new Tooltip(text.get(tooltipKey)));
        button.setOnAction(event -> action.run());
        return button;
    }

    /** Shows a session's verdicts, note and findings; rebuilds the verdict rows when the findings change. */
    private void show(ReviewSession session) {
        applying = true;
        try {
            String noteText = session == null ? "" : session.overallNote();
            if (!note.getText().equals(noteText)) {
                note.setText(noteText);
            }
            SessionFindings findings = session == null ? null : session.findings();
            if (findings != shownFindings) {
                rebuildRows(findings);
            }
            if (session != null && findings != null) {
                Verdicts verdicts = session.verdicts();
                diagnosisRow.show(verdicts.diagnosis());
                impressionRow.show(verdicts.impression());
                for (int i = 0; i < findingRows.size(); i++) {
                    findingRows.get(i).show(verdicts.finding(i));
                }
            }
        } finally {
            applying = false;
        }
    }

    private void rebuildRows(SessionFindings findings) {
        shownFindings = findings;
        verdictBox.getChildren().clear();
        findingRows.clear();
        diagnosisRow = null;
        impressionRow = null;
        if (findings == null) {
            verdictBox.getChildren().add(new Label(text.get("review.noFindings")));
            return;
        }
        diagnosisRow = new VerdictRow(text, "diagnosis", text.format("review.diagnosis", findings.diagnosis()),
                findings.diagnosis(), verdict -> setVerdict(verdicts -> verdicts.withDiagnosis(verdict)));
        verdictBox.getChildren().add(diagnosisRow.node());
        for (int i = 0; i < findings.findings().size(); i++) {
            int index = i;
            String finding = findings.findings().get(i);
            VerdictRow row = new VerdictRow(text, "finding-" + i, text.format("review.finding", i + 1, finding),
                    finding, verdict -> setVerdict(verdicts -> verdicts.withFinding(index, verdict)));
            findingRows.add(row);
            verdictBox.getChildren().add(row.node());
        }
        impressionRow = new VerdictRow(text, "impression", text.format("review.impression", findings.impression()),
                findings.impression(), verdict -> setVerdict(verdicts -> verdicts.withImpression(verdict)));
        verdictBox.getChildren().add(impressionRow.node());
    }

    private void setVerdict(UnaryOperator<Verdicts> change) {
        if (!applying) {
            model.update(session -> session.withVerdicts(change.apply(session.verdicts())));
        }
    }
}

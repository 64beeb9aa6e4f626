package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.io.File;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drops a file on the main window. Monocle's headless platform has no native drag-and-drop, so
 * the test builds the {@link Dragboard} through JavaFX's internal {@code DragboardHelper}.
 * NOTE: that helper is internal JavaFX API (checked with 21.0.11) and may change in later versions.
 */
@ExtendWith(ApplicationExtension.class)
class MainViewDragDropFxTest {

    private TaskExecutor executor;
    private MainView view;

    @Start
    void start(Stage stage) {
        executor = TaskExecutor.forJavaFx();
        view = new MainView(new StubWorkbenchService(), FxTestSupport.ENGLISH, executor);
        RadAssistApplication.showIn(stage, view, FxTestSupport.ENGLISH);
    }

    @Stop
    void stop() {
        view.viewModel().dispose();
        executor.close();
    }

    /** Returns a dragboard that offers the files and nothing else; call on the JavaFX thread. */
    private static Dragboard dragboardWithFiles(List<File> files) {
        TKClipboard peer = (TKClipboard) Proxy.newProxyInstance(TKClipboard.class.getClassLoader(),
                new Class<?>[] {TKClipboard.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "getContentTypes" -> Set.of(DataFormat.FILES);
                    case "hasContent" -> DataFormat.FILES.equals(arguments[0]);
                    case "getContent" -> DataFormat.FILES.equals(arguments[0]) ? files : null;
                    case "getTransferModes" -> Set.of(TransferMode.COPY);
                    case "putContent" -> false;
                    case "getDragViewOffsetX", "getDragViewOffsetY" -> 0.0;
                    default -> null;
                });
        Dragboard dragboard = DragboardHelper.createDragboard(peer);
        DragboardHelper.setDataAccessRestriction(dragboard, false);
        return dragboard;
    }

    private static DragEvent dragEvent(Node target, EventType<DragEvent> type, Dragboard dragboard) {
        return new DragEvent(target, target, type, dragboard, 10, 10, 10, 10, TransferMode.COPY, null, target, null);
    }

    @Test
    void dropFile_opensIt(FxRobot robot) throws Exception {
        Node root = view.root();
        List<File> files = List.of(StubWorkbenchService.CHECKER_PNG.toAbsolutePath().toFile());
        Dragboard dragboard = WaitForAsyncUtils.asyncFx(() -> dragboardWithFiles(files)).get();

        DragEvent over = dragEvent(root, DragEvent.DRAG_OVER, dragboard);
        robot.interact(() -> Event.fireEvent(root, over));
        robot.interact(() -> Event.fireEvent(root, dragEvent(root, DragEvent.DRAG_DROPPED, dragboard)));
        FxTestSupport.waitUntil(() -> view.viewModel().stateProperty().get() == WorkbenchState.READY);

        assertTrue(over.isAccepted());
        assertEquals("L22_checker_1px_512.png", view.viewModel().imageProperty().get().fileName());
    }

    @Test
    void dropOnTextArea_opensFileToo(FxRobot robot) throws Exception {
        Node history = robot.lookup("#historyArea").query();
        List<File> files = List.of(StubWorkbenchService.CHECKER_PNG.toAbsolutePath().toFile());
        Dragboard dragboard = WaitForAsyncUtils.asyncFx(() -> dragboardWithFiles(files)).get();

        DragEvent over = dragEvent(history, DragEvent.DRAG_OVER, dragboard);
        robot.interact(() -> Event.fireEvent(history, over));
        robot.interact(() -> Event.fireEvent(history, dragEvent(history, DragEvent.DRAG_DROPPED, dragboard)));
        FxTestSupport.waitUntil(() -> view.viewModel().stateProperty().get() == WorkbenchState.READY);

        assertTrue(over.isAccepted());
        assertEquals("L22_checker_1px_512.png", view.viewModel().imageProperty().get().fileName());
    }
}

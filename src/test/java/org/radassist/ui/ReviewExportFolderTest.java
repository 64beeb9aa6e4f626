package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.review.ReviewWorkspace;
import org.radassist.review.ReviewerPreferences;

/** Where the report export's save dialog opens, and the folder remembered in the reviewer preferences. */
class ReviewExportFolderTest {

    @TempDir
    Path home;

    @Test
    void initialFolder_homeWithoutExport() {
        assertEquals(new File(System.getProperty("user.home")), ReviewExport.initialFolder(""));
    }

    @Test
    void initialFolder_lastExportWhileItExists() throws Exception {
        Path reports = Files.createDirectory(home.resolve("reports"));

        assertEquals(reports.toFile(), ReviewExport.initialFolder(reports.toString()));
        assertEquals(new File(System.getProperty("user.home")),
                ReviewExport.initialFolder(home.resolve("deleted").toString()));
    }

    @Test
    void fileName_dateOnly() {
        assertEquals("radassist-review-2026-12-04.pdf", ReviewExport.fileName(LocalDate.of(2026, 12, 4)));
    }

    @Test
    void rememberExportFolder_savedWithReviewerName() {
        ReviewWorkspace workspace = ReviewWorkspace.in(home.resolve("data"), home.resolve("config"));
        ReviewSessionModel model = new ReviewSessionModel(FxTestSupport.ENGLISH, TaskExecutor.direct(),
                Optional.of(workspace));
        model.initialize();
        model.reviewerNameProperty().set("Dr. Li Wei");

        model.rememberExportFolder(home.resolve("reports").toString());

        assertEquals(home.resolve("reports").toString(), model.exportFolder());
        assertEquals(new ReviewerPreferences("Dr. Li Wei", home.resolve("reports").toString()),
                workspace.preferences().load());
        model.close();
    }
}

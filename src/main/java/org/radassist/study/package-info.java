/**
 * Studies and series from a folder, a DICOMDIR or a list of files: {@link org.radassist.study.StudyScanner}
 * reads each file's header, groups instances by Study Instance UID and Series Instance UID and
 * orders the slices of a series with {@link org.radassist.study.SliceOrder}. {@link
 * org.radassist.study.FrameCache} decodes slices on demand and ahead of the current one.
 *
 * <p>The package does not know JavaFX or HTTP. It never logs patient names or IDs; series
 * descriptions, modalities and file names are logged.
 */
package org.radassist.study;

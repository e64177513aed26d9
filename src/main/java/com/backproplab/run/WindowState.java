package com.backproplab.run;

/**
 * What the autosave keeps beside the session itself: the file the window had open and whether the session had
 * changes not saved to it. Generic on purpose: any file the window opens (an experiment, a lesson, a CSV of points)
 * is named by its path and title, and a restored session shows it again as it showed it before.
 *
 * @param file the open file's absolute path, or null for an untitled session
 * @param title the open file's title (an experiment's or a lesson's), or null
 * @param unsaved the session had changes not saved to {@code file}
 */
public record WindowState(String file, String title, boolean unsaved) {
    /** An untitled session with changes (what a restore assumes when the window's state cannot be trusted). */
    public static final WindowState UNTITLED_UNSAVED = new WindowState(null, null, true);
}

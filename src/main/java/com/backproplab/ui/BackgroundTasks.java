package com.backproplab.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import javafx.application.Platform;

/**
 * Runs the window's slow work (reading and writing files) on one background thread, in the order asked, so the FX
 * thread never waits; each outcome is then handled on the FX thread. While any task is unfinished the busy banner
 * names the one running. It is shown at once: the scene is drawn only at the next pulse, so work done within a
 * frame never shows it.
 */
final class BackgroundTasks {
    /** How long closing the window waits for a file still being written. */
    private static final long CLOSE_WAIT_SECONDS = 15;

    /**
     * At most one thread, so tasks run in order. It is not a daemon, so the application does not exit in the middle
     * of writing a file, and it ends when idle, so a window never closed does not keep the application alive.
     */
    private final ExecutorService executor = new ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "backprop-files");
                t.setDaemon(false);
                return t;
            });
    private final Banner busy;
    /** What each unfinished task does, oldest (running) first; touched only on the FX thread. */
    private final Deque<String> unfinished = new ArrayDeque<>();

    BackgroundTasks(Banner busy) {
        this.busy = busy;
    }

    /**
     * Runs {@code work} off the FX thread, then {@code outcome} on the FX thread with its result, or with null and
     * the exception it threw. The future completes with what {@code outcome} returns, once the window shows it.
     * A task with no {@code what} (the autosave) runs without the busy banner. Call on the FX thread.
     */
    <T, R> CompletableFuture<R> run(String what, Callable<T> work, BiFunction<T, Throwable, R> outcome) {
        if (what != null) {
            unfinished.add(what);
            busy.show(unfinished.peek());
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                try {
                    result.complete(work.call());
                } catch (Exception | Error e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RuntimeException e) {
            // Rejected once the window is closing: the outcome still runs, with the reason.
            result.completeExceptionally(e);
        }
        CompletableFuture<R> done = new CompletableFuture<>();
        result.whenComplete((value, failure) -> Platform.runLater(() -> {
            R shown = null;
            RuntimeException broken = null;
            try {
                shown = outcome.apply(value, failure);
            } catch (RuntimeException e) {
                System.err.println("backprop-lab: " + (what == null ? "a background task" : what) + " failed: " + e);
                broken = e;
            }
            if (what != null) {
                unfinished.remove(what);
                busy.show(unfinished.peek());
            }
            // Completed last: whoever waits on it sees the window as the outcome left it, busy state included.
            if (broken == null) {
                done.complete(shown);
            } else {
                done.completeExceptionally(broken);
            }
        }));
        return done;
    }

    /**
     * Lets the tasks asked for so far finish, then runs {@code then}, all off the FX thread; no new task starts.
     * The future completes when {@code then} has run.
     */
    CompletableFuture<Void> close(Runnable then) {
        executor.shutdown();
        CompletableFuture<Void> closed = new CompletableFuture<>();
        Thread closer = new Thread(() -> {
            try {
                if (!executor.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    System.err.println("backprop-lab: a file was still being written when the window closed");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                then.run();
            } finally {
                closed.complete(null);
            }
        }, "backprop-close");
        closer.setDaemon(false);
        closer.start();
        return closed;
    }
}

package com.backproplab.training;

import static com.backproplab.training.FakeClock.MS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PacingTest {

    @Test
    @DisplayName("should step at full speed until the slice is over, at least once")
    void fullSpeedSlice() {
        FakeClock clock = new FakeClock(1000 * MS);
        Pacing pacing = new Pacing(clock, 16 * MS);
        assertTrue(pacing.fullSpeed());
        int[] steps = {0};
        pacing.trainSlice(() -> {
            steps[0]++;
            clock.advance(MS); // each step takes a millisecond
            return true;
        });
        assertEquals(16, steps[0]);
        pacing.trainSlice(() -> {
            steps[0]++;
            clock.advance(100 * MS); // a step longer than the slice still runs once
            return true;
        });
        assertEquals(17, steps[0]);
        assertEquals(clock.getAsLong(), pacing.nextStepAt(), "at full speed a step is always due");
    }

    @Test
    @DisplayName("should stop the slice at a step that answers false")
    void stopsOnDivergence() {
        FakeClock clock = new FakeClock(0);
        Pacing pacing = new Pacing(clock, 16 * MS);
        int[] steps = {0};
        pacing.trainSlice(() -> ++steps[0] < 3);
        assertEquals(3, steps[0]);
    }

    @Test
    @DisplayName("should take the steps a set speed owes since the last restart, and say when the next is due")
    void slowMotion() {
        FakeClock clock = new FakeClock(5000 * MS);
        Pacing pacing = new Pacing(clock, 16 * MS);
        pacing.setSpeed(10); // one step every 100 ms from now
        assertFalse(pacing.fullSpeed());
        assertEquals(5100 * MS, pacing.nextStepAt());
        int[] steps = {0};
        pacing.trainSlice(() -> ++steps[0] > 0);
        assertEquals(0, steps[0], "nothing is due before the first 100 ms");
        clock.advance(350 * MS);
        pacing.trainSlice(() -> ++steps[0] > 0);
        assertEquals(3, steps[0]);
        assertEquals(5400 * MS, pacing.nextStepAt());
        pacing.trainSlice(() -> ++steps[0] > 0);
        assertEquals(3, steps[0], "the same moment owes no more steps");
    }

    @Test
    @DisplayName("should take one step rather than a burst when far behind, and count from a restart")
    void noBurst() {
        FakeClock clock = new FakeClock(0);
        Pacing pacing = new Pacing(clock, 16 * MS);
        pacing.setSpeed(10);
        int[] steps = {0};
        clock.advance((Pacing.MAX_CATCH_UP + 1) * 100 * MS);
        pacing.trainSlice(() -> ++steps[0] > 0);
        assertEquals(1, steps[0]);
        clock.advance(Pacing.MAX_CATCH_UP * 100 * MS);
        pacing.trainSlice(() -> ++steps[0] > 0);
        assertEquals(1 + Pacing.MAX_CATCH_UP, steps[0], "a few steps behind are caught up");
        clock.advance(60_000 * MS);
        pacing.restart(); // Play after a pause: the paused minute is not owed
        clock.advance(250 * MS);
        pacing.trainSlice(() -> ++steps[0] > 0);
        assertEquals(3 + Pacing.MAX_CATCH_UP, steps[0]);
    }

    @Test
    @DisplayName("should treat a speed that is not positive as one step per second")
    void nonPositiveSpeed() {
        Pacing pacing = new Pacing(new FakeClock(0), 16 * MS);
        pacing.setSpeed(0);
        assertEquals(1.0, pacing.speed());
        assertEquals(1000 * MS, pacing.nextStepAt());
    }

    @Test
    @DisplayName("should end a full-speed slice at the next frame while frames are reported, and publish at each frame")
    void framesDrive() {
        FakeClock clock = new FakeClock(1000 * MS);
        Pacing pacing = new Pacing(clock, 16 * MS);
        assertFalse(pacing.framesDrive(clock.getAsLong()), "no frame reported yet: the clock rules");
        pacing.frameShown();
        assertTrue(pacing.framesDrive(clock.getAsLong()));
        assertTrue(pacing.publicationDue(clock.getAsLong()), "a waiting frame makes the state due");
        pacing.published(clock.getAsLong());
        assertFalse(pacing.publicationDue(clock.getAsLong()));
        assertEquals(10, stepsUntilFrameAt(10, clock, pacing), "the slice ends at the frame, not after 16 ms");
        assertTrue(pacing.publicationDue(clock.getAsLong()), "due 10 ms after the last publication");
        pacing.published(clock.getAsLong());
        clock.advance(20 * MS);
        assertFalse(pacing.publicationDue(clock.getAsLong()), "a slice of the clock is not enough");
        clock.advance(12 * MS);
        assertTrue(pacing.publicationDue(clock.getAsLong()), "after two slices without a frame");
        pacing.published(clock.getAsLong());
        assertEquals(Pacing.FRAME_SLICE_LIMIT * 16, stepsUntilFrameAt(-1, clock, pacing),
                "a slice without a frame ends after two slices");
        pacing.published(clock.getAsLong());
        assertEquals(8, stepsUntilFrameAt(3, clock, pacing),
                "a frame 3 ms after a publication is served half a slice after it, not at once");
        assertTrue(pacing.publicationDue(clock.getAsLong()));
    }

    /** A full-speed slice of 1 ms steps with a frame shown after step {@code frameAt} (never if negative). */
    private static int stepsUntilFrameAt(int frameAt, FakeClock clock, Pacing pacing) {
        int[] steps = {0};
        pacing.trainSlice(() -> {
            clock.advance(MS);
            if (++steps[0] == frameAt) {
                pacing.frameShown();
            }
            return true;
        });
        return steps[0];
    }

    @Test
    @DisplayName("should hand the publications back to the clock when frames stop, and at a set speed")
    void framesStop() {
        FakeClock clock = new FakeClock(0);
        Pacing pacing = new Pacing(clock, 16 * MS);
        pacing.frameShown();
        pacing.published(clock.getAsLong());
        clock.advance(Pacing.FRAMES_RECENT_NANOS);
        assertFalse(pacing.framesDrive(clock.getAsLong()));
        pacing.published(clock.getAsLong() - 16 * MS);
        assertTrue(pacing.publicationDue(clock.getAsLong()), "a slice since the last publication");
        pacing.frameShown();
        pacing.setSpeed(1000);
        assertFalse(pacing.framesDrive(clock.getAsLong()), "a set speed keeps its own time");
        pacing.setSpeed(Double.POSITIVE_INFINITY);
        assertEquals(1, stepsUntilFrameAt(-1, clock, pacing),
                "at full speed a frame waiting since before the slice ends it after one step");
    }
}

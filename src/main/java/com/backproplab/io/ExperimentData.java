package com.backproplab.io;

import com.backproplab.data.AtomicWrite;
import com.backproplab.data.DataFormatException;
import com.backproplab.data.Dataset;
import com.backproplab.data.DatasetCsv;
import com.backproplab.data.Excerpt;
import com.backproplab.data.InputFiles;
import com.backproplab.engine.ConfigCheck;
import com.backproplab.engine.Problem;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where an experiment's points come from and how they become a training set.
 *
 * @param file CSV path as written in the experiment (relative to the experiment file), or null
 * @param points the points themselves, or null (exactly one of file and points is set)
 * @param devFraction fraction held out as the dev set, in [0, 1)
 * @param splitSeed seed of the train/dev split
 * @param normalize standardize inputs with the training set's mean and deviation
 */
public record ExperimentData(String file, Dataset points, double devFraction, long splitSeed, boolean normalize) {
    /** Default dev fraction. */
    public static final double DEFAULT_DEV_FRACTION = 0.2;
    /** Default split seed. */
    public static final long DEFAULT_SPLIT_SEED = 1;

    public ExperimentData {
        if ((file == null) == (points == null)) {
            throw new IllegalArgumentException("exactly one of file and points must be given");
        }
        new ConfigCheck().fraction("devFraction", devFraction).throwIfAny();
    }

    /** The same settings with another file path. */
    public ExperimentData withFile(String path) {
        return new ExperimentData(path, null, devFraction, splitSeed, normalize);
    }

    /**
     * The same settings for a copy of the experiment saved as {@code newFile}: a CSV path is rewritten relative to
     * the copy's directory, so the copy finds the same CSV; inline points stay as they are.
     */
    public ExperimentData movedTo(Path experimentFile, Path newFile) {
        if (file == null) {
            return this;
        }
        Path csv = resolve(experimentFile);
        Path written = newFile.toAbsolutePath();
        try {
            // A link is followed when writing (AtomicWrite): the copy lives in the link target's directory.
            written = AtomicWrite.followLinks(written);
        } catch (IOException loop) {
            // The write will report it; any directory does for the path meanwhile.
        }
        Path dir = written.normalize().getParent();
        try {
            return withFile(dir.relativize(csv).toString().replace('\\', '/'));
        } catch (IllegalArgumentException differentRoots) {
            return withFile(csv.toString());
        }
    }

    /**
     * The CSV path resolved against the experiment file's directory (null for inline points); through a symbolic
     * link, the directory of the file it points to, where {@link #movedTo} wrote the path from.
     */
    public Path resolve(Path experimentFile) {
        if (file == null) {
            return null;
        }
        Path real = experimentFile.toAbsolutePath();
        try {
            real = AtomicWrite.followLinks(real);
        } catch (IOException loop) {
            // Reading the experiment has already failed on a loop; keep the path as given.
        }
        return real.getParent().resolve(file).normalize();
    }

    /**
     * The points for a {@code problem}: inline, or read from the CSV file, whose header must fit the problem (x1,x2,y
     * for regression, x1,x2,label for classification); errors name the file and line.
     */
    public Dataset load(Path experimentFile, Problem problem) throws ExperimentException {
        Dataset d = load(experimentFile);
        boolean regression = problem == Problem.REGRESSION;
        if (points == null && d.isRegression() != regression) {
            String csv = resolve(experimentFile).toString();
            throw new ExperimentException(csv, null, 1, regression
                    ? "the header x1,x2,label holds class labels, but the experiment's problem is regression; a"
                    + " regression file has the header x1,x2,y"
                    : "the header x1,x2,y holds regression values, but the experiment's problem is classification; set"
                    + " \"problem\": \"regression\" at the top of the experiment, or use the header x1,x2,label with"
                    + " labels 0 or 1");
        }
        return d;
    }

    /** The points: inline, or read from the CSV file (either kind); errors name the file and line. */
    public Dataset load(Path experimentFile) throws ExperimentException {
        if (points != null) {
            return points;
        }
        Path csv;
        try {
            csv = resolve(experimentFile);
        } catch (java.nio.file.InvalidPathException e) {
            throw new ExperimentException(experimentFile.toString(), "data.file", "not a valid path: " + Excerpt.of(file));
        }
        try {
            return DatasetCsv.read(csv);
        } catch (DataFormatException e) {
            throw new ExperimentException(e.file(), null, e.line(), e.problem());
        } catch (NoSuchFileException e) {
            throw new ExperimentException(experimentFile.toString(), "data.file",
                    "no such file: " + Excerpt.of(file) + " (looked for " + Excerpt.of(csv.toString()) + ")");
        } catch (IOException e) {
            throw new ExperimentException(experimentFile.toString(), "data.file",
                    "cannot read " + Excerpt.of(csv.toString()) + ": " + InputFiles.reason(e));
        }
    }
}

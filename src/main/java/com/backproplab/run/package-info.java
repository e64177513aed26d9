/**
 * What the command line and the window share to start: the launcher's argument parser and an experiment file
 * read, checked and made ready to train ({@link com.backproplab.run.PreparedExperiment}).
 */
package com.backproplab.run;

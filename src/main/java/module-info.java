/** Backprop Lab: watch a neural network learn. */
module backproplab {
    requires javafx.controls;
    requires java.desktop;
    // Vectorized exp and tanh for the engine (incubating in JDK 17; see VectorMath).
    requires jdk.incubator.vector;
    requires java.management;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.materialdesign2;
    requires com.fasterxml.jackson.databind;
    requires org.apache.commons.csv;

    exports com.backproplab;
    exports com.backproplab.engine;
    exports com.backproplab.cli;
    exports com.backproplab.data;
    exports com.backproplab.training;
    exports com.backproplab.io;
    exports com.backproplab.run;
    exports com.backproplab.ui;
    exports com.backproplab.plot;
}

/** Backprop Lab: watch a neural network learn. */
module backproplab {
    requires javafx.controls;
    requires java.desktop;
    // The engine's kernels use JDK 17's incubating Vector API. Static: the boot layer must not resolve it (the JDK
    // then prints a warning at every start); engine.VectorModule loads it at run time instead.
    requires static jdk.incubator.vector;
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

package org.jaywalk.framework.io;

/** An unpickled object that accepts the pickle BUILD instruction (Python's {@code __setstate__}). */
interface PickledState {

    /** Applies the pickled state (usually the instance {@code __dict__}). */
    void setState(Object state);
}

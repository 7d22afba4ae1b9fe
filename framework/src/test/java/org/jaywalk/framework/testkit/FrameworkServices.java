package org.jaywalk.framework.testkit;

import org.jaywalk.framework.eval.StoredModelFeatures;
import org.jaywalk.framework.spi.eval.TestTimeFeatures;

/** The framework services a plugin's tests can hand to its components, as the framework would at run time. */
public final class FrameworkServices {

    private FrameworkServices() {
    }

    /** The framework's test-time graphs and weight files. */
    public static TestTimeFeatures testTimeFeatures() {
        return new StoredModelFeatures();
    }
}

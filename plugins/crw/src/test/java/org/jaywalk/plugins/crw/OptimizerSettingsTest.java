package org.jaywalk.plugins.crw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.OptimizerFactory;
import org.jaywalk.framework.spi.config.ConfigError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The optimizers' settings are range-checked when built, so {@code jaywalk config} and train refuse them at once. */
class OptimizerSettingsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "adam | lr = -1e-3                | optimizer.lr must be a finite number greater than 0, got -0.001",
        "adam | lr = 0                    | optimizer.lr must be a finite number greater than 0, got 0.0",
        "adam | lr = Infinity             | optimizer.lr must be a finite number greater than 0, got Infinity",
        "adam | lr = NaN                  | optimizer.lr must be a finite number greater than 0, got NaN",
        "adam | eps = 0                   | optimizer.eps must be a finite number greater than 0",
        "adam | 'betas = [0.9, 1.0]'      | optimizer.betas must hold two numbers in [0, 1)",
        "adam | weight-decay = -1         | optimizer.weight-decay must be in [0.0, ",
        "sgd  | lr = -1e-3                | optimizer.lr must be a finite number greater than 0, got -0.001",
        "sgd  | lr = NaN                  | optimizer.lr must be a finite number greater than 0, got NaN",
        "sgd  | momentum = NaN            | optimizer.momentum must be in [0.0, ",
        "sgd  | dampening = 2             | optimizer.dampening must be in [0.0, 1.0], got 2.0"})
    void badSettingsAreRefusedNamingTheKey(String type, String setting, String message) {
        OptimizerFactory factory = type.equals("adam") ? new AdamFactory() : new SgdFactory();
        ConfigError e = assertThrows(ConfigError.class, () -> factory.validate(block(factory, setting)));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"adam", "sgd"})
    void theDefaultsAreAccepted(String type) {
        OptimizerFactory factory = type.equals("adam") ? new AdamFactory() : new SgdFactory();
        assertEquals(1e-4, learningRate(factory.create(block(factory, ""))));
    }

    private static double learningRate(Object optimizer) {
        return optimizer instanceof Adam a ? a.learningRate() : ((Sgd) optimizer).learningRate();
    }

    private static ComponentConfig block(OptimizerFactory factory, String setting) {
        return new ComponentConfig("optimizer", ConfigFactory.parseString(setting.replace("'", ""))
                .withFallback(ConfigFactory.parseString(factory.defaults())).resolve(), 0);
    }
}

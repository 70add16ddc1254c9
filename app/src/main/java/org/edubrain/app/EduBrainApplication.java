package org.edubrain.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * The EduBrain application. Its modules are the packages below this one; each declares which
 * others it may use, and {@code ModularityTests} verifies it.
 */
@SpringBootApplication
@Modulithic(systemName = "EduBrain 教育智脑", sharedModules = "shared")
public class EduBrainApplication {

    public static void main(String[] args) {
        SpringApplication.run(EduBrainApplication.class, args);
    }
}

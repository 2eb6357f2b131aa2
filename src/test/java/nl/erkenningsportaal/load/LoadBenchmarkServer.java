package nl.erkenningsportaal.load;

import nl.erkenningsportaal.Application;
import org.springframework.boot.SpringApplication;

/**
 * The portal as the load benchmark runs it: the real application in its own JVM (so the driver's memory never
 * mixes with the server's), with the {@code demo} and {@code loadbench} profiles. Started by
 * {@link PortalLoadBenchmark}; not meant to be run by hand.
 */
public final class LoadBenchmarkServer {

    private LoadBenchmarkServer() {}

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(Application.class);
        app.setAdditionalProfiles("demo", "loadbench");
        app.run(args);
    }
}

package org.sharewell.endtoend;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged platform jar and gateway jar, each in its own process on free ports, as a person
 * would run them: the platform on a throwaway embedded database, the gateway in front of it.
 */
final class RunningSharewell implements AutoCloseable {

    private final Process platform;
    private final Process gateway;
    private final int gatewayPort;

    private RunningSharewell(Process platform, Process gateway, int gatewayPort) {
        this.platform = platform;
        this.gateway = gateway;
        this.gatewayPort = gatewayPort;
    }

    private static RunningSharewell shared;

    /**
     * One Sharewell for all end-to-end tests in this JVM, started by the first that asks and
     * stopped when the JVM ends: starting it takes longer than most tests.
     */
    static synchronized RunningSharewell shared() throws IOException, InterruptedException {
        if (shared == null) {
            shared = start(Path.of("target", "e2e-logs"));
            var running = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    running.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        return shared;
    }

    static RunningSharewell start(Path logs) throws IOException, InterruptedException {
        Path platformJar = jar("sharewell.app.jar");
        Path gatewayJar = jar("sharewell.gateway.jar");
        Files.createDirectories(logs);
        int appPort = freePort();
        int gatewayPort = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        var platformBuilder = new ProcessBuilder(java, "-jar", platformJar.toString())
                .redirectErrorStream(true).redirectOutput(logs.resolve("platform.log").toFile());
        platformBuilder.environment().put("SHAREWELL_APP_PORT", Integer.toString(appPort));
        platformBuilder.environment().put("SHAREWELL_PUBLIC_ADDRESS", "http://localhost:" + gatewayPort + "/");
        // The demo world, for the accessibility check to sign in as each of its logins; the other
        // tests make organisations of their own and never meet it.
        platformBuilder.environment().put("SHAREWELL_DEMO", "true");
        platformBuilder.environment().remove("SHAREWELL_DATA_DIR");
        var gatewayBuilder = new ProcessBuilder(java, "-jar", gatewayJar.toString())
                .redirectErrorStream(true).redirectOutput(logs.resolve("gateway.log").toFile());
        gatewayBuilder.environment().put("SHAREWELL_GATEWAY_PORT", Integer.toString(gatewayPort));
        gatewayBuilder.environment().put("SHAREWELL_GATEWAY_BACKENDURI", "http://127.0.0.1:" + appPort);
        // The browser tests sign up an organisation or two each, and sign in as several people, all
        // from one address within minutes: more than the limits allow one person. The gateway's own
        // tests check the limits.
        gatewayBuilder.environment().put("SHAREWELL_GATEWAY_RATELIMIT_ENABLED", "false");

        var running = new RunningSharewell(platformBuilder.start(), gatewayBuilder.start(), gatewayPort);
        try {
            running.awaitHealthy("http://127.0.0.1:" + appPort + "/api/v1/manage/health");
            running.awaitHealthy("http://127.0.0.1:" + gatewayPort + "/api/v1/manage/health");
        } catch (RuntimeException | InterruptedException e) {
            running.close();
            throw e;
        }
        return running;
    }

    /** The address people open: the gateway on the bare development domain. */
    String address() {
        return "http://localhost:" + gatewayPort + "/";
    }

    int gatewayPort() {
        return gatewayPort;
    }

    private void awaitHealthy(String health) throws InterruptedException {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        var deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (!platform.isAlive() || !gateway.isAlive()) {
                throw new IllegalStateException("Sharewell stopped while starting; see target/e2e-logs");
            }
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(health)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Still starting.
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Sharewell did not become healthy at " + health);
    }

    private static Path jar(String property) {
        Path jar = Path.of(System.getProperty(property, "missing"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The end-to-end test needs " + jar + ": run it through 'mvn verify' "
                    + "from the project's top folder, which packages the gateway and the platform first.");
        }
        return jar;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (Process process : List.of(gateway, platform)) {
            process.destroy();
        }
        for (Process process : List.of(gateway, platform)) {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}

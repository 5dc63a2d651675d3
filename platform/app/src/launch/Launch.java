import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Starts Sharewell for a person on their own machine: the platform (with its embedded PostgreSQL,
 * keeping data in a local folder) and the gateway in front of it, then prints the address to open.
 *
 * <p>Ctrl-C stops both cleanly. A second start while one is running says so and changes nothing.
 * If either process stops on its own, the other is stopped too. Run by {@code mvn -P run package}.
 *
 * <p>Arguments: platform jar, gateway jar, data folder. Ports come from SHAREWELL_GATEWAY_PORT
 * (default 8080) and SHAREWELL_APP_PORT (default 8081).
 */
public class Launch {

    public static void main(String[] args) throws Exception {
        Path platformJar = Path.of(args[0]);
        Path gatewayJar = Path.of(args[1]);
        Path data = Path.of(args[2]).toAbsolutePath();
        int gatewayPort = Integer.parseInt(System.getenv().getOrDefault("SHAREWELL_GATEWAY_PORT", "8080"));
        int appPort = Integer.parseInt(System.getenv().getOrDefault("SHAREWELL_APP_PORT", "8081"));
        String address = "http://localhost:" + gatewayPort + "/";

        for (Path jar : List.of(platformJar, gatewayJar)) {
            if (!Files.isRegularFile(jar)) {
                fail("Cannot find " + jar + ". Run the command from the project's top folder: mvn -P run package");
            }
        }
        if (dataInUse(data)) {
            // Not an error: what the person asked for, a running Sharewell, is already there. Exiting
            // with success keeps Maven from burying this message under a stack trace.
            System.out.println("\n  Sharewell is already running from this folder: open " + address
                    + " (or stop it first with Ctrl-C in its window). Nothing was changed.\n");
            System.exit(0);
        }
        for (int port : List.of(gatewayPort, appPort)) {
            if (!portFree(port)) {
                fail("Port " + port + " is already in use by another program (is Sharewell already running? Try " + address
                        + "). Stop that program, or choose other ports with SHAREWELL_GATEWAY_PORT and SHAREWELL_APP_PORT.");
            }
        }

        // Run from copies: rebuilding the project while Sharewell runs rewrites target/, and a jar
        // changed under a running JVM breaks it.
        Path runFolder = Files.createDirectories(data.resolveSibling("run"));
        Path platformCopy = Files.copy(platformJar, runFolder.resolve("sharewell-platform.jar"), StandardCopyOption.REPLACE_EXISTING);
        Path gatewayCopy = Files.copy(gatewayJar, runFolder.resolve("sharewell-gateway.jar"), StandardCopyOption.REPLACE_EXISTING);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var platform = new ProcessBuilder(java, "-jar", platformCopy.toString()).inheritIO();
        platform.environment().put("SHAREWELL_DATA_DIR", data.toString());
        platform.environment().putIfAbsent("SHAREWELL_DEMO", "true");
        platform.environment().put("SHAREWELL_APP_PORT", Integer.toString(appPort));
        // Links in email and on pages are built from this, never from a request's Host header.
        platform.environment().putIfAbsent("SHAREWELL_PUBLIC_ADDRESS", "http://localhost:" + gatewayPort + "/");
        var gateway = new ProcessBuilder(java, "-jar", gatewayCopy.toString()).inheritIO();
        gateway.environment().put("SHAREWELL_GATEWAY_PORT", Integer.toString(gatewayPort));
        gateway.environment().put("SHAREWELL_GATEWAY_BACKENDURI", "http://127.0.0.1:" + appPort);

        Process platformProcess = platform.start();
        Process gatewayProcess = gateway.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop(gatewayProcess);
            stop(platformProcess);
            System.out.println("  Sharewell has stopped. Your data is kept in " + data);
        }));

        if (waitUntilReady("http://127.0.0.1:" + appPort + "/api/v1/manage/health", platformProcess)
                && waitUntilReady("http://127.0.0.1:" + gatewayPort + "/api/v1/manage/health", gatewayProcess)) {
            System.out.println();
            System.out.println("  Sharewell is ready. Open " + address + " in your browser.");
            System.out.println("  Demo organisations sign in at http://brookfield.localhost:" + gatewayPort
                    + "/ and the others listed in README.md.");
            System.out.println("  Press Ctrl-C to stop. Your data is kept in " + data);
            System.out.println();
        }
        CompletableFuture.anyOf(platformProcess.onExit(), gatewayProcess.onExit()).join();
        stop(gatewayProcess);
        stop(platformProcess);
        System.exit(platformProcess.exitValue() == 0 && gatewayProcess.exitValue() == 0 ? 0 : 1);
    }

    private static boolean dataInUse(Path data) throws IOException {
        Files.createDirectories(data);
        try (var channel = FileChannel.open(data.resolve("sharewell.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             var lock = channel.tryLock()) {
            return lock == null;
        }
    }

    private static boolean portFree(int port) {
        try (var socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean waitUntilReady(String health, Process process) throws InterruptedException {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        var deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                var response = client.send(HttpRequest.newBuilder(URI.create(health)).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // Still starting.
            }
            Thread.sleep(250);
        }
        return false;
    }

    private static void stop(Process process) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void fail(String message) {
        System.err.println();
        System.err.println("  " + message);
        System.err.println();
        System.exit(1);
    }
}

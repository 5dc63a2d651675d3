package org.sharewell.gateway.ratelimit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs against a throwaway {@code redis-server} on a free port, and is skipped where none is installed
 * (on Debian: {@code apt-get install redis-server}).
 */
class RedisRateLimitBucketsTest {

    private static Process redis;
    private static int port;

    private final RateLimitRule login = RateLimitRule.from(
            new RateLimitSettings.Rule("login", List.of(), List.of("/login"), 2, Duration.ofMinutes(5)));

    @BeforeAll
    static void startRedis() throws Exception {
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try {
            redis = new ProcessBuilder("redis-server", "--port", String.valueOf(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException notInstalled) {
            assumeTrue(false, "redis-server is not installed");
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!accepting() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private static boolean accepting() {
        try (var ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @AfterAll
    static void stopRedis() {
        if (redis != null) {
            redis.destroy();
        }
    }

    @Test
    void sharesBucketsBetweenGatewayInstances() {
        try (var first = new RedisRateLimitBuckets("redis://127.0.0.1:" + port);
             var second = new RedisRateLimitBuckets("redis://127.0.0.1:" + port)) {
            var client = new ClientKey("192.0.2.1");

            assertThat(first.tryConsume(login, client).join().isConsumed()).isTrue();
            assertThat(second.tryConsume(login, client).join().isConsumed()).isTrue();
            var refused = first.tryConsume(login, client).join();

            assertThat(refused.isConsumed()).isFalse();
            assertThat(refused.getNanosToWaitForRefill()).isPositive();
            assertThat(second.tryConsume(login, new ClientKey("192.0.2.2")).join().isConsumed()).isTrue();
        }
    }
}

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Surgery booking through the gateway, for bench/surgery-booking.sh: the hot slot (many clients at once
 * for the last places of one date) and booking throughput with a fixed number of clients. Talks only
 * HTTP, as a browser's form would; prints "key value" lines for the script to read.
 *
 * Arguments: the host's base address through the gateway (ending in /), an admin's email and password,
 * hot-slot clients, hot-slot places, rounds, throughput clients, throughput seconds.
 */
public class SurgeryBooking {

    private static final HttpClient HTTP = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    private static String base;

    public static void main(String[] args) throws Exception {
        base = args[0];
        String token = field(call("POST", "api/v1/tokens", null,
                "{\"email\": \"" + args[1] + "\", \"password\": \"" + args[2] + "\"}", 201), "token");
        int clients = Integer.parseInt(args[3]);
        int places = Integer.parseInt(args[4]);
        int rounds = Integer.parseInt(args[5]);
        int throughputClients = Integer.parseInt(args[6]);
        int seconds = Integer.parseInt(args[7]);
        // One form token for every request, shown now and sent back after the seconds a person takes.
        String form = field(call("GET", "api/v1/public/booking-forms", null, null, 200), "formToken");
        Thread.sleep(3_100);
        for (int round = 1; round <= rounds; round++) {
            hotSlot(token, form, round, clients, places);
        }
        throughput(token, form, throughputClients, seconds);
    }

    /** clients at once for one date with so many places: how many are confirmed, and how fast each answer is. */
    private static void hotSlot(String token, String form, int round, int clients, int places) throws Exception {
        String date = newSurgery(token, "Hot slot " + round, LocalDate.now().plusDays(200 + round), null, places).getFirst();
        var start = new CountDownLatch(1);
        var done = new CountDownLatch(clients);
        var ok = new ConcurrentLinkedQueue<Long>();
        var full = new ConcurrentLinkedQueue<Long>();
        var other = new AtomicInteger();
        for (int i = 0; i < clients; i++) {
            int client = i;
            Thread.ofVirtual().start(() -> {
                try {
                    start.await();
                    long began = System.nanoTime();
                    var answer = send("POST", "api/v1/public/surgery-dates/" + date + "/bookings", null,
                            booking("hot" + round + "-" + client + "@bench.example", form));
                    long took = System.nanoTime() - began;
                    if (answer.statusCode() == 201) {
                        ok.add(took);
                    } else if (answer.statusCode() == 409 && answer.body().contains("waiting list")) {
                        full.add(took);
                    } else {
                        other.incrementAndGet();
                    }
                } catch (Exception e) {
                    other.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
        }
        start.countDown();
        done.await();
        String bookings = call("GET", "api/v1/surgery-dates/" + date + "/bookings", token, null, 200);
        int confirmed = (int) Pattern.compile("\"status\":\"CONFIRMED\"").matcher(bookings).results().count();
        System.out.printf(Locale.ROOT, "hot round=%d confirmed=%d ok=%d full=%d other=%d ok_p50=%.1f ok_p99=%.1f full_p50=%.1f full_p99=%.1f%n",
                round, confirmed, ok.size(), full.size(), other.get(), ms(ok, 0.50), ms(ok, 0.99), ms(full, 0.50), ms(full, 0.99));
    }

    /** clients booking one place after another for so many seconds, spread over many dates. */
    private static void throughput(String token, String form, int clients, int seconds) throws Exception {
        var dates = newSurgery(token, "Throughput", LocalDate.now().plusDays(100), "FREQ=DAILY;COUNT=60", 500);
        var stop = new AtomicBoolean();
        var booked = new AtomicInteger();
        var refused = new AtomicInteger();
        var threads = new ArrayList<Thread>();
        // A short warm-up, then the measured seconds.
        for (int pass = 0; pass < 2; pass++) {
            stop.set(false);
            booked.set(0);
            refused.set(0);
            threads.clear();
            int length = pass == 0 ? Math.max(3, seconds / 3) : seconds;
            for (int c = 0; c < clients; c++) {
                int client = c;
                threads.add(Thread.ofVirtual().start(() -> {
                    int n = 0;
                    while (!stop.get()) {
                        String date = dates.get((client * 7 + n) % dates.size());
                        try {
                            var answer = send("POST", "api/v1/public/surgery-dates/" + date + "/bookings", null,
                                    booking("t" + UUID.randomUUID() + "@bench.example", form));
                            (answer.statusCode() == 201 ? booked : refused).incrementAndGet();
                        } catch (Exception e) {
                            refused.incrementAndGet();
                        }
                        n++;
                    }
                }));
            }
            long began = System.nanoTime();
            Thread.sleep(length * 1000L);
            stop.set(true);
            for (var thread : threads) {
                thread.join();
            }
            double elapsed = (System.nanoTime() - began) / 1e9;
            if (pass == 1) {
                System.out.printf(Locale.ROOT, "throughput clients=%d seconds=%.1f booked=%d refused=%d per_second=%.1f%n",
                        clients, elapsed, booked.get(), refused.get(), booked.get() / elapsed);
            }
        }
    }

    /** A surgery of the host with so many places; its dates' ids, soonest first. */
    private static List<String> newSurgery(String token, String title, LocalDate first, String repeats, int places)
            throws Exception {
        String surgery = field(call("POST", "api/v1/surgeries", token, """
                {"title": "%s", "venue": "Bench hall", "postcode": "ZZ9 9ZZ", "firstDay": "%s", "starts": "10:00",
                 "ends": "12:00", %s "places": %d, "clashesSeen": true}""".formatted(title, first,
                repeats == null ? "" : "\"repeats\": \"" + repeats + "\",", places), 201), "id");
        String dates = call("GET", "api/v1/surgeries/" + surgery + "/occurrences", token, null, 200);
        var ids = new ArrayList<String>();
        Pattern.compile("\"id\":\"([0-9a-f-]{36})\",\"surgery\"").matcher(dates).results().forEach(found -> ids.add(found.group(1)));
        return ids;
    }

    private static String booking(String email, String form) {
        return """
                {"requestKey": "%s", "name": "Bench Booker", "email": "%s", "groupName": "Bench group", "groupKind": "CLUB",
                 "voluntary": true, "needs": ["WEBSITE"], "help": "A_LITTLE", "places": 1, "formToken": "%s"}"""
                .formatted(UUID.randomUUID(), email, form);
    }

    private static double ms(ConcurrentLinkedQueue<Long> nanos, double quantile) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        var sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }

    private static HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String call(String method, String path, String token, String body, int expected) throws Exception {
        var answer = send(method, path, token, body);
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private static String field(String json, String name) {
        var found = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!found.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return found.group(1);
    }
}

package org.edubrain.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load driver for the indicator API: CLIENTS concurrent clients, each sending requests one
 * after another for SECONDS (after a warm-up), over the plan's values by org unit and year.
 * Prints throughput and latency percentiles.
 *
 * <p>Usage: {@code ApiLoad BASE_URL USER PASSWORD CLIENTS SECONDS}
 */
public final class ApiLoad {

    private static final String[] ORGS = {"210200", "210202", "210203", "210204", "210211", "210212", "210213", "210214",
        "210224", "210281", "210283", "FZ01", "FZ02", "FZ03", "FZ04"};

    private ApiLoad() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String auth = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        int clients = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(clients)).build();
        for (long end = System.nanoTime() + 5_000_000_000L; System.nanoTime() < end; ) {
            send(http, base, auth, new SplittableRandom());
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong errors = new AtomicLong();
        long stop = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<long[]>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int seed = c;
            results.add(pool.submit(() -> {
                SplittableRandom random = new SplittableRandom(seed);
                long[] times = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < stop) {
                    long t0 = System.nanoTime();
                    int status = send(http, base, auth, random);
                    long t = System.nanoTime() - t0;
                    if (status != 200) {
                        errors.incrementAndGet();
                    }
                    if (n == times.length) {
                        times = Arrays.copyOf(times, n * 2);
                    }
                    times[n++] = t;
                }
                return Arrays.copyOf(times, n);
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : results) {
            for (long t : f.get()) {
                all.add(t);
            }
        }
        pool.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%d clients, %d s: %,d requests (%.0f/s), errors %d; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                clients, seconds, sorted.length, sorted.length / (double) seconds, errors.get(), pct(sorted, 50), pct(sorted, 95),
                pct(sorted, 99), sorted[sorted.length - 1] / 1e6);
        System.exit(0);
    }

    private static double pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static int send(HttpClient http, String base, String auth, SplittableRandom random) throws Exception {
        String org = ORGS[random.nextInt(ORGS.length)];
        int year = 2019 + random.nextInt(7);
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/api/v1/plans/dalian-2021-2025/values?org=" + org + "&year=" + year))
                .header("Authorization", auth).header("Accept", "application/json").GET().build();
        HttpResponse<byte[]> response = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
        return response.statusCode();
    }
}

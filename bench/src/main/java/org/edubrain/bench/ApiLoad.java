package org.edubrain.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
 * A load driver for the indicator API: CLIENTS concurrent clients, each on its own kept-alive
 * connection sending requests one after another for SECONDS, after a warm-up of {@code -Dwarmup}
 * seconds (30 by default) with {@code -DwarmupClients} clients (8 by default): under full load on
 * two cores the JIT compilers of the server (and of this driver) get little CPU and the hot paths
 * stay interpreted for minutes. Both periods are reported. Requests are for the plan's
 * values of a random org unit (the city, a district or a zone) and year. Prints throughput and
 * latency percentiles. The client is a minimal HTTP/1.1 one on plain sockets, so that on a small
 * machine the driver takes little of the CPU it shares with the server (the JDK's HttpClient
 * took more than the server did).
 *
 * <p>Usage: {@code ApiLoad BASE_URL TOKEN CLIENTS SECONDS} (an API token, {@code edubrain user token}),
 * or {@code ApiLoad BASE_URL USER PASSWORD CLIENTS SECONDS} for HTTP Basic (a password hash checked on
 * every request). {@code -Dpath=...} asks another path ({org} and {year} are filled in).
 */
public final class ApiLoad {

    private static final String[] ORGS = {"210200", "210202", "210203", "210204", "210211", "210212", "210213", "210214",
        "210224", "210281", "210283", "FZ01", "FZ02", "FZ03", "FZ04"};

    private ApiLoad() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        boolean token = args.length == 4;
        String auth = token ? "Bearer " + args[1]
                : "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        int clients = Integer.parseInt(args[token ? 2 : 3]);
        int seconds = Integer.parseInt(args[token ? 3 : 4]);
        String template = System.getProperty("path", "/api/v1/plans/dalian-2021-2025/values?org={org}&year={year}");

        // warm-up: fewer clients, so that the JIT compilers of both JVMs get CPU time to finish
        int warmClients = Integer.getInteger("warmupClients", Math.min(clients, 8));
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong errors = new AtomicLong();
        // the server's JIT compiles the hot paths under load: measure the steady state, as JMH would
        long warmup = Long.getLong("warmup", 30);
        long warmUntil = System.nanoTime() + warmup * 1_000_000_000L;
        long stop = warmUntil + seconds * 1_000_000_000L;
        List<Future<long[]>> results = new ArrayList<>();
        List<Future<long[]>> warming = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int seed = c;
            java.util.concurrent.CompletableFuture<long[]> warm = new java.util.concurrent.CompletableFuture<>();
            warming.add(warm);
            results.add(pool.submit(() -> {
                SplittableRandom random = new SplittableRandom(seed);
                long[] times = new long[1 << 16];
                long[] early = new long[1 << 14];
                int n = 0;
                int w = 0;
                Connection conn = new Connection(base, auth);
                try {
                    if (seed >= warmClients) {
                        Thread.sleep(Math.max(0, (warmUntil - System.nanoTime()) / 1_000_000));
                    }
                    while (true) {
                        long t0 = System.nanoTime();
                        if (t0 >= stop) {
                            break;
                        }
                        String path = template.replace("{org}", ORGS[random.nextInt(ORGS.length)])
                                .replace("{year}", Integer.toString(2019 + random.nextInt(7)));
                        int status = conn.get(path);
                        long t = System.nanoTime() - t0;
                        if (t0 < warmUntil) {
                            if (w == early.length) {
                                early = Arrays.copyOf(early, w * 2);
                            }
                            early[w++] = t;
                            continue;
                        }
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                        if (n == times.length) {
                            times = Arrays.copyOf(times, n * 2);
                        }
                        times[n++] = t;
                    }
                } finally {
                    conn.close();
                    warm.complete(Arrays.copyOf(early, w));
                }
                return Arrays.copyOf(times, n);
            }));
        }
        long[] sorted = collect(results);
        long[] early = collect(warming);
        pool.shutdown();
        String kind = token ? "API token" : "HTTP Basic";
        report(kind + ", " + warmClients + " clients, warm-up " + warmup + " s", early, warmup, 0);
        report(kind + ", " + clients + " clients, " + seconds + " s", sorted, seconds, errors.get());
        System.exit(0);
    }

    private static long[] collect(List<? extends Future<long[]>> parts) throws Exception {
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : parts) {
            all.add(f.get());
        }
        return all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    }

    private static void report(String what, long[] sorted, long seconds, long errors) {
        if (sorted.length == 0) {
            return;
        }
        System.out.printf("%s: %,d requests (%.0f/s), errors %d; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                what, sorted.length, sorted.length / (double) seconds, errors, pct(sorted, 50), pct(sorted, 95),
                pct(sorted, 99), sorted[sorted.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    /** One kept-alive HTTP/1.1 connection; reopened when the server closes it. */
    private static final class Connection {
        private final URI base;
        private final String auth;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Connection(URI base, String auth) {
            this.base = base;
            this.auth = auth;
        }

        int get(String path) throws IOException {
            if (socket == null) {
                socket = new Socket(base.getHost(), base.getPort());
                socket.setTcpNoDelay(true);
                in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
                out = socket.getOutputStream();
            }
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAuthorization: " + auth + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String h; !(h = line()).isEmpty(); ) {
                String lower = h.toLowerCase();
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(h.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            if (chunked) {
                for (long size; (size = Long.parseLong(line().split(";")[0].strip(), 16)) > 0; ) {
                    skip(size);
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length > 0) {
                skip(length);
            }
            if (close) {
                close();
            }
            return status;
        }

        private String line() throws IOException {
            StringBuilder b = new StringBuilder();
            for (int c; (c = in.read()) != '\n'; ) {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    b.append((char) c);
                }
            }
            return b.toString();
        }

        private void skip(long n) throws IOException {
            while (n > 0) {
                long k = in.skip(n);
                if (k <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("connection closed");
                    }
                    k = 1;
                }
                n -= k;
            }
        }

        void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException e) {
                // closing
            }
            socket = null;
        }
    }
}

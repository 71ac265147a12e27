package io.eventdesign.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How long operators wait: projection-service's {@code /api/v1/events/stats} and {@code /actuator/prometheus},
 * each asked {@value #TIMES} times, {@value #PAUSE_MILLIS} ms apart (so some answers are cached and some
 * are not, as when a dashboard and a scraper ask).
 */
final class OperationalReads {

  private static final int TIMES = 20;
  private static final long PAUSE_MILLIS = 700;

  private OperationalReads() {}

  static Map<String, Object> time(int projectionPort, String token) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Map<String, Object> reads = new LinkedHashMap<>();
    for (String path : new String[] {"/api/v1/events/stats", "/actuator/prometheus"}) {
      Latencies latency = new Latencies();
      for (int i = 0; i < TIMES; i++) {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + projectionPort + path))
            .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        latency.record(System.nanoTime() - start);
        if (response.statusCode() != 200) {
          throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        Thread.sleep(PAUSE_MILLIS);
      }
      reads.put(path, BenchmarkMain.percentiles(latency));
    }
    return reads;
  }
}

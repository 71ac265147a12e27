package io.eventdesign.infra.testing;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Bodies as text, except a stream of Server-Sent Events, which never ends by itself: of that, its first
 * event (up to the first blank line), then the connection is let go.
 */
final class FirstEventBody {

  private FirstEventBody() {}

  static HttpResponse.BodyHandler<String> handler() {
    return info -> info.headers().firstValue("Content-Type").filter(type -> type.startsWith("text/event-stream")).isPresent()
        ? new UntilFirstEvent() : HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8);
  }

  private static final class UntilFirstEvent implements HttpResponse.BodySubscriber<String> {

    private final CompletableFuture<String> body = new CompletableFuture<>();
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    @Override
    public CompletionStage<String> getBody() {
      return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      for (ByteBuffer buffer : buffers) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        received.writeBytes(bytes);
      }
      String text = received.toString(StandardCharsets.UTF_8);
      int end = text.indexOf("\n\n");
      if (end >= 0) {
        body.complete(text.substring(0, end + 2));
        subscription.cancel();
      } else {
        subscription.request(1);
      }
    }

    @Override
    public void onError(Throwable error) {
      body.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      body.complete(received.toString(StandardCharsets.UTF_8));
    }
  }
}

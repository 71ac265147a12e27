package io.eventdesign.platform.http;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report, as a problem: errors Tomcat answers itself, before any servlet sees the
 * request (a malformed request line or URI, an encoded slash, a header over the size limit, TRACE),
 * get {@code application/problem+json} of their status's type instead of Tomcat's HTML page.
 */
public final class ProblemReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(true);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    ProblemDetail problem = Problems.ofContainerStatus(status);
    byte[] body = ProblemResponses.json(problem);
    try {
      response.setStatus(problem.getStatus());
      SecurityHeadersFilter.apply(response);
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(new String(body, StandardCharsets.UTF_8));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The client is gone or the response was committed meanwhile: nothing more can be sent.
    }
  }
}

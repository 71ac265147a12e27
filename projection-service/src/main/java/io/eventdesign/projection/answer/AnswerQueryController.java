package io.eventdesign.projection.answer;

import io.eventdesign.platform.http.AggregateNotFoundException;
import io.eventdesign.platform.security.Caller;
import io.eventdesign.projection.request.RequestQueries;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A design request's questionnaire answers, for whoever may read the request. */
@RestController
@RequestMapping("/api/v1/requests")
class AnswerQueryController {

  private final AnswerQueries answers;
  private final RequestQueries requests;

  AnswerQueryController(AnswerQueries answers, RequestQueries requests) {
    this.answers = answers;
    this.requests = requests;
  }

  /** The current answer per question, or every version with {@code ?history=true}. */
  @GetMapping("/{id}/answers")
  List<AnswerRow> answers(@PathVariable String id, @RequestParam(defaultValue = "false") boolean history,
      HttpServletRequest request) {
    Caller caller = Caller.of(request);
    requests.byId(id, caller.readsOnlyFor())
        .orElseThrow(() -> new AggregateNotFoundException("design request", id));
    return answers.answers(id, history);
  }
}

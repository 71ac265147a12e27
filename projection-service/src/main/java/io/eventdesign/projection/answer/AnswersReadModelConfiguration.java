package io.eventdesign.projection.answer;

import io.eventdesign.contract.topic.Topics;
import io.eventdesign.projection.readmodel.ReadModel;
import java.util.List;
import io.eventdesign.projection.rows.EventWrittenTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The questionnaire answers read model: every answer version of {@code requests.events} in {@code design_request_answers}. */
@Configuration(proxyBeanMethods = false)
class AnswersReadModelConfiguration {

  @Bean
  ReadModel answersReadModel() {
    return new ReadModel("answers", List.of(Topics.REQUESTS_EVENTS), ReadModel.StateBranch.NONE,
        List.of(new ReadModel.Table(AnswerWriter::new, List.of(Topics.REQUESTS_EVENTS))));
  }

  @Bean
  AnswerQueries answerQueries(JdbcClient jdbc) {
    return new AnswerQueries(jdbc);
  }

  /** Each answer row names the event it came from. */
  @Bean
  EventWrittenTable answerRows() {
    return new EventWrittenTable(AnswerWriter.TABLE, List.of("request_id", "question_id", "version"));
  }
}

package io.eventdesign.platform.input;

import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Every JSON request body goes through {@link RequestText} after it is read and before it is
 * validated, so every string of every command keeps the text policy (a body type it cannot walk
 * fails loudly rather than letting strings through unchecked). Raw bodies ({@code String},
 * {@code byte[]}: webhooks, which check their signature over the raw bytes first) are left to their
 * controller, which applies {@link RequestText} itself after parsing.
 */
@ControllerAdvice
public final class RequestTextAdvice extends RequestBodyAdviceAdapter {

  @Override
  public boolean supports(MethodParameter parameter, Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return targetType != String.class && targetType != byte[].class;
  }

  @Override
  public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return RequestText.normalize(body);
  }
}

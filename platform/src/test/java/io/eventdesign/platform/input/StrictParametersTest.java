package io.eventdesign.platform.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventdesign.platform.http.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.web.bind.WebDataBinder;

class StrictParametersTest {

  enum Role { DESIGNER }

  /** A binder as Spring MVC makes one for a parameter: the application's conversions, then the advice's editors. */
  private static WebDataBinder binder() {
    WebDataBinder binder = new WebDataBinder(null, "page");
    binder.setConversionService(new ApplicationConversionService());
    new StrictParameters().strictScalars(binder);
    return binder;
  }

  @Test
  void plainValuesConvert() {
    assertThat(binder().convertIfNecessary("16", int.class)).isEqualTo(16);
    assertThat(binder().convertIfNecessary("-3", Long.class)).isEqualTo(-3L);
    assertThat(binder().convertIfNecessary("true", boolean.class)).isTrue();
    assertThat(InputRules.constant("role", "DESIGNER", Role.class)).isEqualTo(Role.DESIGNER);
  }

  @Test
  void everyLenientSpellingIsRefused() {
    for (String number : new String[] {"0x10", "+5", "1e3", " 1", "1 ", "1.5", "#10", "010x", "99999999999999999999", "abc",
        "4294967296"}) {
      assertThatThrownBy(() -> binder().convertIfNecessary(number, int.class)).as(number)
          .isInstanceOf(TypeMismatchException.class);
    }
    for (String bool : new String[] {"yes", "on", "1", "TRUE", " true"}) {
      assertThatThrownBy(() -> binder().convertIfNecessary(bool, boolean.class)).as(bool)
          .isInstanceOf(TypeMismatchException.class);
    }
    for (String role : new String[] {" DESIGNER", "DESIGNER ", "designer", "DESIGNER\u0000", "0"}) {
      assertThatThrownBy(() -> InputRules.constant("role", role, Role.class)).as(role)
          .isInstanceOf(InvalidRequestException.class);
    }
  }
}

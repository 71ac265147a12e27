package io.eventdesign.contract.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.contract.state.PaymentState;
import io.eventdesign.contract.state.RequestState;
import io.eventdesign.contract.state.TenantState;
import io.eventdesign.contract.state.UserState;
import io.eventdesign.contract.state.WorkspaceMembership;
import io.eventdesign.contract.state.WorkspaceState;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/** The enums list exactly the values the published state schemas document, in the same order. */
class VocabularyTest {

  @Test
  void theStatusEnumsAreTheValuesTheSchemasDocument() {
    assertThat(documentedValues(UserState.getClassSchema(), "status")).containsExactlyElementsOf(Vocabulary.names(UserStatus.class));
    assertThat(documentedValues(RequestState.getClassSchema(), "status"))
        .containsExactlyElementsOf(Vocabulary.names(RequestStatus.class));
    assertThat(documentedValues(PaymentState.getClassSchema(), "status"))
        .containsExactlyElementsOf(Vocabulary.names(PaymentStatus.class));
    assertThat(documentedValues(TenantState.getClassSchema(), "status")).containsExactlyElementsOf(Vocabulary.names(TenantStatus.class));
    assertThat(documentedValues(TenantState.getClassSchema(), "plan")).containsExactlyElementsOf(Vocabulary.names(TenantPlan.class));
    assertThat(documentedValues(WorkspaceState.getClassSchema(), "status"))
        .containsExactlyElementsOf(Vocabulary.names(WorkspaceStatus.class));
    assertThat(documentedValues(WorkspaceMembership.getClassSchema(), "role"))
        .containsExactlyElementsOf(Vocabulary.names(WorkspaceRole.class));
  }

  @Test
  void namesKeepTheDeclarationOrder() {
    assertThat(Vocabulary.names(UserRole.class)).containsExactly("CUSTOMER", "DESIGNER", "STAFF", "ADMIN");
  }

  /** "A, B or C." -> [A, B, C] */
  private static List<String> documentedValues(Schema schema, String field) {
    String doc = schema.getField(field).doc();
    assertThat(doc).as(schema.getName() + "." + field + " documents its values").isNotBlank();
    return Arrays.stream(doc.replaceAll("\\.$", "").split(",\\s*|\\s+or\\s+")).map(String::trim).toList();
  }
}

package io.eventdesign.contract;

import io.eventdesign.contract.request.RequestCreated;
import io.eventdesign.contract.request.RequestAnswerRecorded;
import io.eventdesign.contract.request.RequestSubmitted;
import io.eventdesign.contract.request.RequestCancelled;
import io.eventdesign.contract.request.RequestPaid;
import io.eventdesign.contract.request.RequestPaymentFailed;
import io.eventdesign.contract.request.RequestRefunded;
import io.eventdesign.contract.request.RequestDesignStarted;
import io.eventdesign.contract.request.RequestDesignCompleted;
import io.eventdesign.contract.feed.FeedCustomerContacted;
import io.eventdesign.contract.feed.FeedDesignProgressReported;
import io.eventdesign.contract.payment.PaymentRequested;
import io.eventdesign.contract.payment.PaymentIntentCreated;
import io.eventdesign.contract.payment.PaymentSucceeded;
import io.eventdesign.contract.payment.PaymentFailed;
import io.eventdesign.contract.payment.PaymentRetried;
import io.eventdesign.contract.feed.FeedCustomerContacted;
import io.eventdesign.contract.feed.FeedDesignProgressReported;
import io.eventdesign.contract.payment.PaymentCancelled;
import io.eventdesign.contract.payment.PaymentRefundRequested;
import io.eventdesign.contract.payment.PaymentRefunded;
import io.eventdesign.contract.state.PaymentState;
import io.eventdesign.contract.state.RequestState;
import io.eventdesign.contract.state.TenantState;
import io.eventdesign.contract.state.UserState;
import io.eventdesign.contract.state.WorkspaceState;
import io.eventdesign.contract.tenant.TenantCreated;
import io.eventdesign.contract.tenant.TenantDeactivated;
import io.eventdesign.contract.tenant.TenantPlanChanged;
import io.eventdesign.contract.tenant.TenantUpdated;
import io.eventdesign.contract.tenant.TenantWorkspaceAdded;
import io.eventdesign.contract.user.UserActivated;
import io.eventdesign.contract.user.UserDeactivated;
import io.eventdesign.contract.user.UserProfileUpdated;
import io.eventdesign.contract.user.UserRegistered;
import io.eventdesign.contract.user.UserRoleGranted;
import io.eventdesign.contract.user.UserRoleRevoked;
import io.eventdesign.contract.workspace.WorkspaceArchived;
import io.eventdesign.contract.workspace.WorkspaceCreated;
import io.eventdesign.contract.workspace.WorkspaceInvitationRedeemed;
import io.eventdesign.contract.workspace.WorkspaceInvitationReleased;
import io.eventdesign.contract.workspace.WorkspaceInvitationRevoked;
import io.eventdesign.contract.workspace.WorkspaceLimitsChanged;
import io.eventdesign.contract.workspace.WorkspaceMemberAdded;
import io.eventdesign.contract.workspace.WorkspaceMemberInvited;
import io.eventdesign.contract.workspace.WorkspaceMemberRemoved;
import io.eventdesign.contract.workspace.WorkspaceMemberRoleChanged;
import io.eventdesign.contract.workspace.WorkspaceSuspended;
import io.eventdesign.contract.workspace.WorkspaceUpdated;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.ClassSecurityValidator;

/**
 * Every record type of the public contract. Event types carry their dotted name and aggregate
 * type as schema properties ({@code eventType}, {@code aggregateType}), so the schema files are
 * the single source of those names.
 */
public final class ContractCatalog {

  private static final List<Class<? extends SpecificRecord>> EVENT_CLASSES =
      List.of(
          UserRegistered.class,
          UserActivated.class,
          UserDeactivated.class,
          UserProfileUpdated.class,
          UserRoleGranted.class,
          UserRoleRevoked.class,
          TenantCreated.class,
          TenantUpdated.class,
          TenantPlanChanged.class,
          TenantDeactivated.class,
          TenantWorkspaceAdded.class,
          WorkspaceCreated.class,
          WorkspaceUpdated.class,
          WorkspaceArchived.class,
          WorkspaceMemberAdded.class,
          WorkspaceMemberRemoved.class,
          WorkspaceMemberRoleChanged.class,
          WorkspaceLimitsChanged.class,
          WorkspaceSuspended.class,
          WorkspaceMemberInvited.class,
          WorkspaceInvitationRevoked.class,
          WorkspaceInvitationRedeemed.class,
          WorkspaceInvitationReleased.class,
          RequestCreated.class,
          RequestAnswerRecorded.class,
          RequestSubmitted.class,
          RequestCancelled.class,
          RequestPaid.class,
          RequestPaymentFailed.class,
          RequestRefunded.class,
          RequestDesignStarted.class,
          RequestDesignCompleted.class,
          PaymentRequested.class,
          PaymentIntentCreated.class,
          PaymentSucceeded.class,
          PaymentFailed.class,
          PaymentRetried.class,
          PaymentCancelled.class,
          PaymentRefundRequested.class,
          PaymentRefunded.class,
          FeedDesignProgressReported.class,
          FeedCustomerContacted.class);

  private static final List<ContractType> STATE_TYPES =
      List.of(
          state("user.state", "user", UserState.class),
          state("tenant.state", "tenant", TenantState.class),
          state("workspace.state", "workspace", WorkspaceState.class),
          state("request.state", "request", RequestState.class),
          state("payment.state", "payment", PaymentState.class));

  private static final ContractCatalog INSTANCE = new ContractCatalog();

  private final Map<String, ContractType> byName = new LinkedHashMap<>();
  private final Map<Class<?>, ContractType> byClass = new LinkedHashMap<>();

  private ContractCatalog() {
    EVENT_CLASSES.forEach(type -> register(event(type)));
    STATE_TYPES.forEach(this::register);
    trustGeneratedClasses();
  }

  /**
   * Avro 1.12.2 instantiates only trusted classes when decoding. Trust exactly the generated
   * contract classes (every record type reachable from a contract schema), nothing broader.
   */
  private void trustGeneratedClasses() {
    ClassSecurityValidator.Builder trusted = ClassSecurityValidator.builder();
    Set<String> records = new TreeSet<>();
    byName.values().forEach(type -> collectRecords(type.schema(), records));
    for (String name : records) {
      try {
        trusted.add(Class.forName(name, false, ContractCatalog.class.getClassLoader()));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("no generated class for contract record " + name, e);
      }
    }
    ClassSecurityValidator.setGlobal(
        ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(), trusted.build()));
  }

  private static void collectRecords(Schema schema, Set<String> names) {
    switch (schema.getType()) {
      case RECORD -> {
        if (names.add(schema.getFullName())) {
          schema.getFields().forEach(field -> collectRecords(field.schema(), names));
        }
      }
      case ARRAY -> collectRecords(schema.getElementType(), names);
      case MAP -> collectRecords(schema.getValueType(), names);
      case UNION -> schema.getTypes().forEach(branch -> collectRecords(branch, names));
      default -> { }
    }
  }

  public static ContractCatalog instance() {
    return INSTANCE;
  }

  public List<ContractType> all() {
    return List.copyOf(byName.values());
  }

  public List<ContractType> events() {
    return byName.values().stream().filter(t -> t.kind() == ContractType.Kind.EVENT).toList();
  }

  public Optional<ContractType> byName(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public ContractType of(Class<? extends SpecificRecord> javaClass) {
    ContractType type = byClass.get(javaClass);
    if (type == null) {
      throw new IllegalArgumentException(javaClass.getName() + " is not part of the contract");
    }
    return type;
  }

  private void register(ContractType type) {
    if (byName.putIfAbsent(type.name(), type) != null) {
      throw new IllegalStateException("duplicate contract type " + type.name());
    }
    byClass.put(type.javaClass(), type);
  }

  private static ContractType event(Class<? extends SpecificRecord> javaClass) {
    Schema schema = schemaOf(javaClass);
    String eventType = requiredProp(schema, "eventType");
    String aggregateType = requiredProp(schema, "aggregateType");
    return new ContractType(
        eventType, ContractType.Kind.EVENT, aggregateType, schema.getDoc(), schema, javaClass);
  }

  private static ContractType state(
      String name, String aggregateType, Class<? extends SpecificRecord> javaClass) {
    Schema schema = schemaOf(javaClass);
    return new ContractType(
        name, ContractType.Kind.STATE, aggregateType, schema.getDoc(), schema, javaClass);
  }

  private static Schema schemaOf(Class<? extends SpecificRecord> javaClass) {
    return SpecificData.get().getSchema(javaClass);
  }

  private static String requiredProp(Schema schema, String prop) {
    String value = schema.getProp(prop);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(schema.getFullName() + " has no '" + prop + "' property");
    }
    return value;
  }
}

package dev.llmgateway.emulator.internal.apigee.store;

import dev.llmgateway.admin.apigee.model.Attribute;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A developer app as stored; mutated only under its organization's lock. */
final class AppEntity {
  final String appId;
  final String name;
  final DeveloperEntity developer;
  final long createdAt;
  List<Attribute> attributes = new ArrayList<>();
  Map<String, Object> additionalProperties = new LinkedHashMap<>();
  @Nullable String callbackUrl;
  List<String> scopes = new ArrayList<>();
  @Nullable Long keyExpiresIn;
  String status = "approved";
  long lastModifiedAt;
  final List<KeyEntity> keys = new ArrayList<>();

  AppEntity(String appId, String name, DeveloperEntity developer, long createdAt) {
    this.appId = appId;
    this.name = name;
    this.developer = developer;
    this.createdAt = createdAt;
    this.lastModifiedAt = createdAt;
  }
}

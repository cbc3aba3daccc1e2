package dev.llmgateway.emulator.internal.apigee.store;

import dev.llmgateway.admin.apigee.model.Attribute;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A developer as stored; mutated only under its organization's lock. */
final class DeveloperEntity {
  final String developerId;
  final String email;
  final long createdAt;
  String firstName = "";
  String lastName = "";
  String userName = "";
  List<Attribute> attributes = new ArrayList<>();
  Map<String, Object> additionalProperties = new LinkedHashMap<>();
  String status = "active";
  long lastModifiedAt;
  final Map<String, AppEntity> apps = new LinkedHashMap<>();

  DeveloperEntity(String developerId, String email, long createdAt) {
    this.developerId = developerId;
    this.email = email;
    this.createdAt = createdAt;
    this.lastModifiedAt = createdAt;
  }
}

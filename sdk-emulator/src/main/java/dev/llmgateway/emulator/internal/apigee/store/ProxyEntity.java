package dev.llmgateway.emulator.internal.apigee.store;

import dev.llmgateway.emulator.internal.apigee.bundle.ParsedBundle;
import java.util.TreeMap;

/** An API proxy with its revisions; mutated only under its organization's lock. */
final class ProxyEntity {

  /** One imported revision: the zip as uploaded (for download) and what was read from it. */
  record Revision(int number, byte[] zip, ParsedBundle bundle, long createdAt) {}

  final String name;
  final long createdAt;
  long lastModifiedAt;
  final TreeMap<Integer, Revision> revisions = new TreeMap<>();

  ProxyEntity(String name, long createdAt) {
    this.name = name;
    this.createdAt = createdAt;
    this.lastModifiedAt = createdAt;
  }
}

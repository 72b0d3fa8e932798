package io.github.tomannex.tom.oscal.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based UUIDs, version 5 (SHA-1, RFC 9562 section 5.5): the same name in the same namespace
 * always gives the same UUID. The JDK only has version 3 (MD5, {@link UUID#nameUUIDFromBytes}).
 */
public final class Uuids {
  /**
   * tom's namespace for OSCAL: the version 5 UUID of the URL {@code
   * https://github.com/tomannex/tom/ns/oscal} in the URL namespace of RFC 9562. Never change it:
   * every exported UUID derives from it.
   */
  public static final UUID TOM = UUID.fromString("3056f5a5-6f91-583e-b8fc-7b7a0580f1b6");

  /** The URL namespace of RFC 9562 (6ba7b811-9dad-11d1-80b4-00c04fd430c8). */
  public static final UUID URL = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

  private Uuids() {}

  /**
   * The version 5 UUID of a name in a namespace.
   *
   * @param namespace the namespace
   * @param name the name, encoded as UTF-8
   * @return the UUID
   */
  public static UUID v5(UUID namespace, String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-1", e); // every JDK must have it
    }
    ByteBuffer ns = ByteBuffer.allocate(16);
    ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
    sha1.update(ns.array());
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // variant RFC 9562
    ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(b.getLong(), b.getLong());
  }

  /**
   * The version 5 UUID of a name in tom's namespace.
   *
   * @param name the name
   * @return the UUID as text
   */
  public static String of(String name) {
    return v5(TOM, name).toString();
  }
}

package io.github.tomannex.tom.pdf.internal;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Font metrics shared by every render of the process: the fonts never change, so their metrics are
 * worked out once. Thread-safe.
 */
public final class MetricsCache implements FSCacheEx<String, FSCacheValue> {
  public static final MetricsCache INSTANCE = new MetricsCache();

  private final ConcurrentHashMap<String, FSCacheValue> map = new ConcurrentHashMap<>();

  private MetricsCache() {}

  @Override
  public void put(String key, FSCacheValue value) {
    map.put(key, value);
  }

  @Override
  public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
    return map.computeIfAbsent(
        key,
        k -> {
          try {
            return loader.call();
          } catch (Exception e) {
            throw new IllegalStateException("cannot load font metrics for " + k, e);
          }
        });
  }

  @Override
  public FSCacheValue get(String key) {
    return map.get(key);
  }
}

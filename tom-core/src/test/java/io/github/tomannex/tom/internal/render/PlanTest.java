package io.github.tomannex.tom.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlanTest {
  @Test
  void romanNumerals() {
    assertEquals("I", Plan.roman(1));
    assertEquals("IV", Plan.roman(4));
    assertEquals("IX", Plan.roman(9));
    assertEquals("XIV", Plan.roman(14));
    assertEquals("XL", Plan.roman(40));
    assertEquals("MCMXCIX", Plan.roman(1999));
  }

  @Test
  void letters() {
    assertEquals("a", Plan.alpha(1));
    assertEquals("z", Plan.alpha(26));
    assertEquals("aa", Plan.alpha(27));
    assertEquals("az", Plan.alpha(52));
  }
}

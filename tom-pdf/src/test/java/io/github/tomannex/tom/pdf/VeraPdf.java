package io.github.tomannex.tom.pdf;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, the validator archives and authorities use, as the tests call it: the failed clauses of
 * a PDF against one flavour (PDF/A-2b, PDF/A-2a, PDF/UA-1).
 */
final class VeraPdf {
  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private VeraPdf() {}

  static final List<PDFAFlavour> FLAVOURS =
      List.of(PDFAFlavour.PDFA_2_B, PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFUA_1);

  /**
   * The failed rules, as "clause-test" with the number of failed checks and the first message;
   * empty when the PDF conforms.
   */
  static Map<String, String> failures(byte[] pdf, PDFAFlavour flavour) {
    try (PDFAParser parser =
        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
      PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
      ValidationResult result = validator.validate(parser);
      Map<String, String> out = new TreeMap<>();
      Map<String, Integer> counts = new TreeMap<>();
      for (TestAssertion a : result.getTestAssertions()) {
        if (a.getStatus() != TestAssertion.Status.FAILED) {
          continue;
        }
        String id = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
        counts.merge(id, 1, Integer::sum);
        out.putIfAbsent(id, a.getMessage() + " (at " + a.getLocation().getContext() + ")");
      }
      counts.forEach((id, n) -> out.put(id, n + "× " + out.get(id)));
      return out;
    } catch (ModelParsingException | EncryptedPdfException | ValidationException e) {
      return Map.of("parse", e.toString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

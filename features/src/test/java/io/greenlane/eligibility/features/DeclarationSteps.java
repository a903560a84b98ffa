package io.greenlane.eligibility.features;

import io.cucumber.java.en.Given;
import io.greenlane.eligibility.api.ProductLine;
import java.time.LocalDate;
import java.util.List;

/** What the exporter declares: when, where, and which product lines relying on which reports. */
public class DeclarationSteps {
    private final World world;

    public DeclarationSteps(World world) {
        this.world = world;
    }

    @Given("a declaration {string} made on {date} at terminal {string}")
    public void aDeclaration(String id, LocalDate date, String terminal) {
        world.startDeclaration(id, date, terminal);
    }

    @Accepts(Table.PRODUCT_LINES)
    @Given("the product lines:")
    public void theProductLines(List<ProductLine> lines) {
        world.addLines(lines);
    }

    @Given("the declaration is made on {date}")
    public void theDeclarationIsMadeOn(LocalDate date) {
        world.declaredOn(date);
    }

    @Given("the declaration is made at terminal {string}")
    public void theDeclarationIsMadeAt(String terminal) {
        world.declaredAt(terminal);
    }

    @Given("line {string} is declared in category {string}")
    public void lineIsDeclaredInCategory(String sku, String category) {
        world.changeLine(sku, l -> new ProductLine(l.sku(), l.description(), l.hsCode(),
                ParameterTypes.blankToNull(ParameterTypes.unescape(category)), l.containsBatteries(), l.reports()));
    }

    @Given("line {string} is declared under HS code {string}")
    public void lineIsDeclaredUnderHsCode(String sku, String hsCode) {
        world.changeLine(sku, l -> new ProductLine(l.sku(), l.description(),
                ParameterTypes.blankToNull(ParameterTypes.unescape(hsCode)), l.category(), l.containsBatteries(),
                l.reports()));
    }

    @Given("line {string} declares no HS code")
    public void lineDeclaresNoHsCode(String sku) {
        lineIsDeclaredUnderHsCode(sku, "");
    }

    @Given("line {string} is declared with batteries")
    public void lineIsDeclaredWithBatteries(String sku) {
        batteries(sku, Boolean.TRUE);
    }

    @Given("line {string} is declared without batteries")
    public void lineIsDeclaredWithoutBatteries(String sku) {
        batteries(sku, Boolean.FALSE);
    }

    @Given("line {string} does not say whether it contains batteries")
    public void lineDoesNotSayBatteries(String sku) {
        batteries(sku, null);
    }

    @Given("line {string} references the reports {string}")
    public void lineReferencesTheReports(String sku, String reports) {
        world.changeLine(sku, l -> new ProductLine(l.sku(), l.description(), l.hsCode(), l.category(),
                l.containsBatteries(), ParameterTypes.list(reports)));
    }

    @Given("line {string} references no report")
    public void lineReferencesNoReport(String sku) {
        lineReferencesTheReports(sku, "");
    }

    private void batteries(String sku, Boolean batteries) {
        world.changeLine(sku, l -> new ProductLine(l.sku(), l.description(), l.hsCode(), l.category(), batteries,
                l.reports()));
    }
}

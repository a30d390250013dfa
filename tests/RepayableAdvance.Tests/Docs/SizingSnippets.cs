using System.Globalization;
using NodaTime;
using RepayableAdvance.Sizing;
using RepayableAdvance.Tests.Eligibility;

namespace RepayableAdvance.Tests.Docs;

/// <summary>The code of docs/sizing.md, run as tests.</summary>
public class SizingSnippets
{
    [Fact]
    public void ComposeAndSize()
    {
        var application = TestApplications.Boilermaker();
        #region snippet:sizing-compose
        var policy = new SizingPolicy(
            "Hauts-de-France Prévention",
            new SizingVersion(
                version: "2021",
                effectiveFrom: new LocalDate(2021, 7, 1),
                effectiveTo: null,
                need: AmountRules.PayrollMonths(2m),                                     // "two months of payroll"
                caps:
                [
                    AmountRules.RequestedAmount(),
                    AmountRules.SchemeMaximum(Money.Euros(300_000m)),
                    AmountRules.CoFinancing(                                     // bank ÷ 2, or equity ÷ 1
                        new CoFinancingCap([CoFinancingKind.BankDebt], 2m),
                        new CoFinancingCap([CoFinancingKind.Equity, CoFinancingKind.QuasiEquity], 1m)),
                    AmountRules.FundHeadroom(),
                    AmountRules.DeMinimisHeadroom(),
                ],
                minimum: Money.Euros(50_000m),
                step: Money.Euros(1_000m)));

        var result = policy.Evaluate(application, new SizingContext(FundHeadroom: Money.Euros(2_400_000m)));

        Assert.Equal(Money.Euros(150_000m), result.Amount);
        Assert.Equal("payrollMonths", result.BindingConstraint?.Code);                  // the need, not the 200k co-financing cap
        var lines = result.Explain(CultureInfo.GetCultureInfo("fr-FR"));
        Assert.Equal("La contrainte déterminante est le besoin en masse salariale : 150\u202F000,00 EUR.", lines[^1]);
        #endregion
    }
}
